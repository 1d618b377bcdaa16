using LiveData.Workflows;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Tests.Workflows.MonitorHistogram;

/// <summary>A monitor that sends histograms (da00) feeds the same outputs as one that sends events.</summary>
public sealed class MonitorHistogramFromHistogramsTests
{
    private static MonitorHistogramWorkflow Workflow(string json) =>
        new(MonitorHistogramParams.Parse(JsonDocument.Parse(json).RootElement));

    [Fact]
    public void Histograms_are_rebinned_onto_the_requested_edges()
    {
        var workflow = Workflow("""{"toa_edges":{"start":0.0,"stop":2.0,"num_bins":2,"unit":"ms"}}""");

        workflow.Accumulate(new HistogramStreamData("monitor1", [BinnedCounts.Create([0, 1e6, 2e6, 3e6], [10, 20, 30])]));
        var outputs = workflow.Finalize();

        outputs["cumulative"].Data.DoubleValues.ToArray().Should().Equal(10, 20);
        outputs["counts_total"].Data.Sum().Should().Be(30, "counts beyond the last edge are dropped");
        outputs["counts_in_toa_range"].Data.Sum().Should().Be(30, "a disabled range means the whole edge range");
    }

    [Fact]
    public void The_in_range_total_takes_the_overlapping_share_of_each_bin()
    {
        var workflow = Workflow("""{"toa_edges":{"start":0.0,"stop":2.0,"num_bins":2,"unit":"ms"},"toa_range":{"enabled":true,"start":500.0,"stop":1500.0,"unit":"us"}}""");

        workflow.Accumulate(new HistogramStreamData("monitor1", [BinnedCounts.Create([0, 1e6, 2e6], [10, 20])]));
        var outputs = workflow.Finalize();

        outputs["counts_in_toa_range"].Data.Sum().Should().Be(15);
        outputs["counts_in_toa_range_cumulative"].Data.Sum().Should().Be(15);
    }
}
