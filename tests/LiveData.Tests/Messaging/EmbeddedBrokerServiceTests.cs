using System.Net;
using System.Net.Sockets;
using LiveData.Messaging.Broker;
using LiveData.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LiveData.Tests.Messaging;

public sealed class EmbeddedBrokerServiceTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);


    [Fact]
    public async Task A_host_with_the_embedded_broker_serves_clients_until_it_stops()
    {
        var builder = ServiceHost.CreateBuilder();
        builder.Services.AddEmbeddedBroker(new EmbeddedBrokerOptions(0));
        using var host = builder.Build();

        await host.StartAsync(Ct);
        var broker = host.Services.GetRequiredService<EmbeddedBrokerService>();

        broker.BootstrapServers.Should().MatchRegex("^localhost:[0-9]+$");
        await BrokerProbe.EnsureReachableAsync(new KafkaSettings(broker.BootstrapServers), Deadline, Ct);
        await host.StopAsync(Ct).WaitAsync(Deadline, Ct);
        var address = () => broker.BootstrapServers;
        address.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public async Task Fails_to_start_on_a_busy_port()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;
        await using var broker = new EmbeddedBrokerService(new EmbeddedBrokerOptions(port), NullLoggerFactory.Instance);

        var start = () => broker.StartAsync(Ct);

        await start.Should().ThrowAsync<BrokerStartException>().WithMessage($"*{port}*already in use*");
    }
}
