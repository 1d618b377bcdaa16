using LiveData.Web.Plots;

namespace LiveData.Tests.Web;

/// <summary>A log's timeseries publishes only new samples; the page is sent the recent history.</summary>
public sealed class SeriesHistoryTests
{
    private static readonly DataKey Key = new(new WorkflowId("dummy", "timeseries_data", 1), "motion1", "delta");

    private static DataArray Delta(params (long Ns, double Value)[] samples) => new(
        "Timeseries",
        Variable.Doubles(["time"], [samples.Length], "mm", [.. samples.Select(s => s.Value)]),
        [new("time", Variable.Int64s(["time"], [samples.Length], "ns", [.. samples.Select(s => s.Ns)]))]);

    [Fact]
    public void Keeps_every_delta_in_order_up_to_its_capacity()
    {
        var history = new SeriesHistory(capacity: 3);

        history.Append(Key, Delta((1, 10), (2, 20)));
        history.Append(Key, Delta((3, 30), (4, 40)));

        var series = history[Key]!;
        series.Data.ToDoubles().Should().Equal(20, 30, 40);
        series.Coord("time")!.ToDoubles().Should().Equal(2, 3, 4);
        series.Coord("time")!.Unit.Should().Be("ns");
    }

    [Fact]
    public void Hands_out_the_same_instance_until_a_sample_arrives()
    {
        var history = new SeriesHistory();
        history.Append(Key, Delta((1, 10)));
        var first = history[Key];

        history[Key].Should().BeSameAs(first);
        history.Append(Key, Delta((2, 20)));
        history[Key].Should().NotBeSameAs(first);
    }

    [Fact]
    public void Ignores_results_that_are_not_along_time()
    {
        var history = new SeriesHistory();

        history.Append(Key, new DataArray("total", Variable.Scalar(1L, "counts"), []));

        history[Key].Should().BeNull();
    }
}
