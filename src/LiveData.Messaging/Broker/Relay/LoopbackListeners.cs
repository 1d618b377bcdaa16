using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Broker.Relay;

/// <summary>
/// Binds the relay's listening sockets: 127.0.0.1 always, and ::1 on the same port when the
/// host has IPv6 loopback. Clients that resolve <c>localhost</c> to ::1 first would otherwise
/// see "connection refused" (or, worse, reach some other program listening there).
/// </summary>
internal static class LoopbackListeners
{
    // A port that is free on 127.0.0.1 may be taken on ::1; retry a few kernel picks.
    private const int FreePortAttempts = 10;
    private const int Backlog = 128;

    public static IReadOnlyList<TcpListener> Bind(int port, ILogger logger)
    {
        if (port != 0)
        {
            return BindPair(port, logger) ?? throw BrokerStartException.PortInUse(port);
        }

        for (var attempt = 0; attempt < FreePortAttempts; attempt++)
        {
            var ipv4 = Listen(IPAddress.Loopback, 0) ?? throw new BrokerStartException("No free port on 127.0.0.1.");
            var chosen = ((IPEndPoint)ipv4.LocalEndpoint).Port;
            ipv4.Stop();
            if (BindPair(chosen, logger) is { } listeners)
            {
                return listeners;
            }
        }

        throw new BrokerStartException($"Found no port free on both 127.0.0.1 and ::1 after {FreePortAttempts} attempts.");
    }

    /// <returns>The bound listeners, or <c>null</c> if the port is in use on either address.</returns>
    private static List<TcpListener>? BindPair(int port, ILogger logger)
    {
        var ipv4 = Listen(IPAddress.Loopback, port);
        if (ipv4 is null)
        {
            return null;
        }

        if (!Socket.OSSupportsIPv6)
        {
            return [ipv4];
        }

        try
        {
            var ipv6 = Listen(IPAddress.IPv6Loopback, port);
            if (ipv6 is null)
            {
                ipv4.Stop();
                return null;
            }

            return [ipv4, ipv6];
        }
        catch (SocketException ex)
        {
            logger.LogDebug(ex, "No IPv6 loopback listener on port {Port}; serving 127.0.0.1 only", port);
            return [ipv4];
        }
    }

    /// <returns>The started listener, or <c>null</c> if the address is already in use.</returns>
    private static TcpListener? Listen(IPAddress address, int port)
    {
        var listener = new TcpListener(address, port);
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            // Only ::1 itself; 127.0.0.1 has its own listener.
            listener.Server.DualMode = false;
        }

        try
        {
            listener.Start(Backlog);
            return listener;
        }
        catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            listener.Dispose();
            return null;
        }
        catch
        {
            listener.Dispose();
            throw;
        }
    }
}
