using FluentAssertions;
using LiveData.Dashboard.Jobs;
using LiveData.Core.Identity;
using LiveData.Instruments;
using Xunit;

namespace LiveData.Tests.Dashboard;

/// <summary>
/// Only the paths that never reach the orchestrator: starting workflows sends commands through a
/// Kafka producer, which needs a broker.
/// </summary>
public sealed class WorkflowControllerTests
{
    private readonly WorkflowController _controller = new(InstrumentCatalog.Get("dummy"), null!);

    [Fact]
    public void GetWorkflowSpec_finds_a_hosted_workflow()
    {
        _controller.GetWorkflowSpec(new WorkflowId("dummy", "monitor_histogram", 1)).SourceNames.Should().Equal("monitor1", "monitor2");
    }

    [Fact]
    public void An_unknown_workflow_is_rejected_listing_the_known_ones()
    {
        var start = () => _controller.StartWorkflow(new WorkflowId("dummy", "nope", 1), ["monitor1"], null, CancellationToken.None);

        start.Should().Throw<ArgumentException>().WithMessage("*dummy/nope/1*dummy/monitor_histogram/1*");
    }

    [Fact]
    public void Starting_with_no_sources_sends_nothing_and_returns_no_jobs()
    {
        _controller.StartWorkflow(new WorkflowId("dummy", "monitor_histogram", 1), [], null, CancellationToken.None).Should().BeEmpty();
    }
}
