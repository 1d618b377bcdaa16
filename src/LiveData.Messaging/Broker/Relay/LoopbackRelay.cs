using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Broker.Relay;

/// <summary>
/// Forwards every connection accepted on a fixed loopback port to the mock broker's
/// ephemeral port. The mock cannot be told which port to bind, so this is how it appears at
/// a well-known address such as <c>localhost:9092</c>.
/// </summary>
internal sealed class LoopbackRelay : IAsyncDisposable
{
    private readonly IReadOnlyList<TcpListener> _listeners;
    private readonly IPEndPoint _target;
    private readonly ILogger _logger;
    private readonly CancellationTokenSource _stopping = new();
    private readonly ConcurrentDictionary<RelayConnection, Task> _connections = new();
    private readonly List<Task> _acceptLoops = [];
    private int _disposed;

    private LoopbackRelay(IReadOnlyList<TcpListener> listeners, IPEndPoint target, ILogger logger)
    {
        _listeners = listeners;
        _target = target;
        _logger = logger;
        Port = ((IPEndPoint)listeners[0].LocalEndpoint).Port;
    }

    public int Port { get; }

    /// <summary>Binds <paramref name="port"/> (0 = any free port) and starts relaying to <paramref name="target"/>.</summary>
    /// <exception cref="BrokerStartException">The port is taken on 127.0.0.1 or ::1.</exception>
    public static LoopbackRelay Start(int port, IPEndPoint target, ILogger logger)
    {
        var relay = new LoopbackRelay(LoopbackListeners.Bind(port, logger), target, logger);
        foreach (var listener in relay._listeners)
        {
            relay._acceptLoops.Add(Task.Run(() => relay.AcceptLoopAsync(listener)));
        }

        logger.LogDebug(
            "Relaying {Addresses} on port {Port} to {Target}",
            string.Join(", ", relay._listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Address)),
            relay.Port,
            target);
        return relay;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _stopping.CancelAsync();
        foreach (var listener in _listeners)
        {
            listener.Stop();
        }

        // Once the accept loops have ended, the set of connections can only shrink.
        await Task.WhenAll(_acceptLoops);
        foreach (var connection in _connections.Keys)
        {
            connection.Close();
        }

        await Task.WhenAll(_connections.Values);
        foreach (var listener in _listeners)
        {
            listener.Dispose();
        }

        _stopping.Dispose();
    }

    private async Task AcceptLoopAsync(TcpListener listener)
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception ex) when (_stopping.IsCancellationRequested &&
                                       ex is OperationCanceledException or ObjectDisposedException or SocketException
                                           or InvalidOperationException)
            {
                return;
            }
            catch (SocketException ex)
            {
                _logger.LogWarning(ex, "Relay on port {Port} failed to accept a connection", Port);
                continue;
            }

            // Registered before serving starts, so a connection that ends at once still gets removed.
            var connection = new RelayConnection(client);
            var served = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _connections[connection] = served.Task;
            _ = ServeAsync(connection, served);
        }
    }

    /// <remarks>Never throws: whatever ends one connection must not disturb the others.</remarks>
    private async Task ServeAsync(RelayConnection connection, TaskCompletionSource served)
    {
        try
        {
            await connection.RunAsync(_target, _stopping.Token);
        }
        catch (Exception ex)
        {
            if (!_stopping.IsCancellationRequested)
            {
                _logger.LogDebug(ex, "Relay connection on port {Port} ended abruptly", Port);
            }
        }
        finally
        {
            connection.Close();
            _connections.TryRemove(connection, out _);
            served.SetResult();
        }
    }
}
