using System.Net.Sockets;
using System.Net;
using FluentAssertions;
using LiveData.Messaging.Broker;
using LiveData.Messaging.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace LiveData.Tests.Messaging;

public sealed class EmbeddedBrokerHostTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Reports_its_address_when_ready_and_stops_when_cancelled()
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

        var run = EmbeddedBrokerHost.RunAsync(0, NullLogger.Instance, ready.SetResult, stop.Token);
        var bootstrap = await ready.Task.WaitAsync(Deadline, TestContext.Current.CancellationToken);

        bootstrap.Should().MatchRegex("^localhost:[0-9]+$");
        await BrokerProbe.EnsureReachableAsync(new KafkaSettings(bootstrap), Deadline, TestContext.Current.CancellationToken);
        await stop.CancelAsync();
        await run.WaitAsync(Deadline, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Fails_to_start_on_a_busy_port()
    {
        using var occupant = new TcpListener(IPAddress.Loopback, 0);
        occupant.Start();
        var port = ((IPEndPoint)occupant.LocalEndpoint).Port;

        var run = () => EmbeddedBrokerHost.RunAsync(port, NullLogger.Instance, _ => { }, TestContext.Current.CancellationToken);

        await run.Should().ThrowAsync<BrokerStartException>().WithMessage($"*{port}*already in use*");
    }
}
