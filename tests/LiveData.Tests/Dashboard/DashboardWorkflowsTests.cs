using LiveData.Dashboard;
using LiveData.Dashboard.Commands;
using LiveData.Protocol.Acknowledgements;

namespace LiveData.Tests.Dashboard;

/// <summary>
/// Only the paths that never reach the orchestrator: starting workflows sends commands through a
/// Kafka producer, which needs a broker.
/// </summary>
public sealed class DashboardWorkflowsTests
{
    private static readonly WorkflowId MonitorHistogram = new("dummy", "monitor_histogram", 1);
    private readonly PendingCommandTracker _pending = new(TimeProvider.System);
    private readonly DashboardWorkflows _workflows;

    public DashboardWorkflowsTests() => _workflows = new(InstrumentCatalog.Get("dummy"), null!, null!, _pending);

    [Fact]
    public void Spec_finds_a_hosted_workflow()
    {
        _workflows.Spec(MonitorHistogram).SourceNames.Should().Equal("monitor1", "monitor2");
    }

    [Fact]
    public void An_unknown_workflow_is_rejected_listing_the_known_ones()
    {
        var start = () => _workflows.Start(new WorkflowId("dummy", "nope", 1), ["monitor1"], null, CancellationToken.None);

        start.Should().Throw<ArgumentException>().WithMessage("*dummy/nope/1*dummy/monitor_histogram/1*");
    }

    [Fact]
    public void Starting_with_no_sources_sends_nothing_and_returns_no_jobs()
    {
        _workflows.Start(MonitorHistogram, [], null, CancellationToken.None).Should().BeEmpty();
    }

    [Fact]
    public void Pending_commands_list_what_is_still_awaited_until_every_service_answered()
    {
        _pending.Track("m1", "start monitor_histogram", expectedResponses: 2);
        _pending.Process(new CommandAcknowledgement("m1", "monitor1", AckResponse.Ack, null));

        _workflows.PendingCommands.Should().ContainSingle().Which.Should().Match<AwaitedCommand>(c =>
            c.MessageId == "m1" && c.Description == "start monitor_histogram" && c.ResponsesAwaited == 1);

        _pending.Process(new CommandAcknowledgement("m1", "monitor2", AckResponse.Ack, null));
        _workflows.PendingCommands.Should().BeEmpty();
    }
}
