using LiveData.Dashboard.Jobs;

namespace LiveData.Tests.Dashboard;

public sealed class ActiveJobRegistryTests
{
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private readonly ActiveJobRegistry _registry = new();

    [Fact]
    public void Nothing_is_admitted_before_a_generation_begins()
    {
        _registry.CurrentOf(Monitors).Should().BeNull();
        _registry.Admit(Monitors, JobNumber.New()).Should().BeFalse();
        _registry.StaleCount.Should().Be(1);
    }

    [Fact]
    public void Only_the_current_generation_is_admitted_and_others_are_counted_stale()
    {
        var current = JobNumber.New();
        _registry.BeginGeneration(Monitors, current);

        _registry.Admit(Monitors, current).Should().BeTrue();
        _registry.Admit(Monitors, JobNumber.New()).Should().BeFalse();
        _registry.Admit(Monitors, current).Should().BeTrue();

        _registry.StaleCount.Should().Be(1);
    }

    [Fact]
    public void A_new_generation_makes_the_previous_one_stale()
    {
        var old = JobNumber.New();
        var fresh = JobNumber.New();
        _registry.BeginGeneration(Monitors, old);

        _registry.BeginGeneration(Monitors, fresh);

        _registry.CurrentOf(Monitors).Should().Be(fresh);
        _registry.Admit(Monitors, old).Should().BeFalse();
        _registry.Admit(Monitors, fresh).Should().BeTrue();
        _registry.StaleCount.Should().Be(1);
    }

    [Fact]
    public void Generations_are_per_workflow()
    {
        var number = JobNumber.New();
        _registry.BeginGeneration(Monitors, number);

        _registry.Admit(new WorkflowId("dummy", "total_counts", 1), number).Should().BeFalse();
    }

    [Fact]
    public void Deactivate_stops_admitting_the_workflow()
    {
        var number = JobNumber.New();
        _registry.BeginGeneration(Monitors, number);

        _registry.Deactivate(Monitors);

        _registry.CurrentOf(Monitors).Should().BeNull();
        _registry.Admit(Monitors, number).Should().BeFalse();
        _registry.StaleCount.Should().Be(1);
    }
}
