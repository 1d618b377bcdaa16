using LiveData.Dashboard.Data;

namespace LiveData.Tests.Dashboard;

public sealed class DataServiceTests
{
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private static readonly WorkflowId Other = new("dummy", "total_counts", 1);
    private readonly DataService _data = new();

    private static DataArray Total(double value) => new("Total", Variable.Scalar(value, "counts"), []);

    [Fact]
    public void Keys_lists_only_keys_holding_data()
    {
        _data.Keys.Should().BeEmpty();

        _data.Set(new DataKey(Monitors, "monitor1", "cumulative"), Total(1), JobNumber.New());

        _data.Keys.Should().Equal(new DataKey(Monitors, "monitor1", "cumulative"));
    }

    [Fact]
    public void Updated_reports_each_stored_value_with_its_key_after_it_can_be_read()
    {
        var key = new DataKey(Monitors, "monitor1", "current");
        var seen = new List<(DataKey Key, double Value, double Stored)>();
        _data.Updated += (k, v) => seen.Add((k, v.Data.Sum(), _data[k]!.Data.Sum()));

        _data.Set(key, Total(1), JobNumber.New());
        _data.Set(key, Total(2), JobNumber.New());

        seen.Should().Equal((key, 1.0, 1.0), (key, 2.0, 2.0));
    }

    [Fact]
    public void The_indexer_returns_the_latest_value_or_null()
    {
        var key = new DataKey(Monitors, "monitor1", "cumulative");
        _data[key].Should().BeNull();
        _data.TryGet(key, out _).Should().BeFalse();

        _data.Set(key, Total(1), JobNumber.New());
        _data.Set(key, Total(2), JobNumber.New());

        _data[key]!.Data.Sum().Should().Be(2);
        _data.TryGet(key, out var value).Should().BeTrue();
        value.Data.Sum().Should().Be(2);
    }

    [Fact]
    public void ClearWorkflow_drops_only_that_workflows_keys()
    {
        _data.Set(new DataKey(Monitors, "monitor1", "cumulative"), Total(1), JobNumber.New());
        _data.Set(new DataKey(Monitors, "monitor2", "current"), Total(1), JobNumber.New());
        _data.Set(new DataKey(Other, "panel_0", "total_counts"), Total(1), JobNumber.New());

        _data.ClearWorkflow(Monitors);

        _data.Keys.Should().Equal(new DataKey(Other, "panel_0", "total_counts"));
    }

    [Fact]
    public void SnapshotWithStamps_returns_values_with_the_job_number_that_produced_them()
    {
        var first = JobNumber.New();
        var second = JobNumber.New();
        _data.Set(new DataKey(Monitors, "monitor1", "cumulative"), Total(1), first);
        _data.Set(new DataKey(Monitors, "monitor2", "cumulative"), Total(2), second);

        var snapshot = _data.SnapshotWithStamps();

        snapshot.Should().HaveCount(2);
        snapshot[new DataKey(Monitors, "monitor1", "cumulative")].Stamp.Should().Be(first);
        snapshot[new DataKey(Monitors, "monitor2", "cumulative")].Stamp.Should().Be(second);
        snapshot[new DataKey(Monitors, "monitor2", "cumulative")].Value.Data.Sum().Should().Be(2);
    }

    [Fact]
    public void A_snapshot_does_not_change_when_the_service_does()
    {
        var key = new DataKey(Monitors, "monitor1", "cumulative");
        _data.Set(key, Total(1), JobNumber.New());
        var snapshot = _data.SnapshotWithStamps();

        _data.Set(key, Total(5), JobNumber.New());
        _data.ClearWorkflow(Monitors);

        snapshot[key].Value.Data.Sum().Should().Be(1);
    }
}
