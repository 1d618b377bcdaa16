using FluentAssertions;
using LiveData.Dashboard;
using LiveData.Core.Identity;
using LiveData.Instruments;
using Xunit;

namespace LiveData.Tests.Dashboard;

/// <summary>
/// Only the paths that never reach the orchestrator: starting workflows sends commands through a
/// Kafka producer, which needs a broker.
/// </summary>
public sealed class DashboardWorkflowsTests
{
    private readonly DashboardWorkflows _workflows = new(InstrumentCatalog.Get("dummy"), null!, null!, null!);

    [Fact]
    public void Spec_finds_a_hosted_workflow()
    {
        _workflows.Spec(new WorkflowId("dummy", "monitor_histogram", 1)).SourceNames.Should().Equal("monitor1", "monitor2");
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
        _workflows.Start(new WorkflowId("dummy", "monitor_histogram", 1), [], null, CancellationToken.None).Should().BeEmpty();
    }
}
