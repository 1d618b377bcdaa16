using System.Net;
using System.Net.Sockets;

namespace LiveData.Messaging.Broker.Relay;

/// <summary>One client connection and its twin connection to the mock broker.</summary>
internal sealed class RelayConnection(Socket client)
{
    private const int BufferSize = 64 * 1024;

    private readonly Socket _upstream = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };

    /// <summary>Pipes bytes both ways until either side closes; Kafka never half-closes, so one end means both.</summary>
    public async Task RunAsync(IPEndPoint target, CancellationToken ct)
    {
        client.NoDelay = true;
        await _upstream.ConnectAsync(target, ct);
        await using var clientStream = new NetworkStream(client, ownsSocket: false);
        await using var upstreamStream = new NetworkStream(_upstream, ownsSocket: false);
        var toBroker = clientStream.CopyToAsync(upstreamStream, BufferSize, ct);
        var toClient = upstreamStream.CopyToAsync(clientStream, BufferSize, ct);
        var first = await Task.WhenAny(toBroker, toClient);
        Close();
        var second = first == toBroker ? toClient : toBroker;
        // The second copy fails only because its sockets were just closed.
        await second.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await first;
    }

    /// <summary>Closes both sockets, which also ends any copy still running.</summary>
    public void Close()
    {
        client.Dispose();
        _upstream.Dispose();
    }
}
