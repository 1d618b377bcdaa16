using LiveData.Workflows;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.MonitorHistogram;

public sealed class MonitorHistogramWorkflowTests
{
    private const int Ms = 1_000_000;

    private static readonly string[] OutputNames =
    [
        "cumulative", "current", "counts_total", "counts_in_toa_range", "counts_total_cumulative", "counts_in_toa_range_cumulative",
    ];

    private static EventStreamData Events(params int[][] pulses) =>
        new("monitor1", [.. pulses.Select((toa, i) => new ReadOnlyMemory<byte>(MonitorEvents.Ev44("monitor1", (i + 1) * MonitorEvents.Second, toa)))]);

    private static double Total(IReadOnlyDictionary<string, DataArray> outputs, string name) => outputs[name].Data.Sum();

    [Fact]
    public void Finalize_returns_the_six_outputs_with_their_titles()
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);
        workflow.Accumulate(Events([10 * Ms]));

        var outputs = workflow.Finalize();

        outputs.Keys.Should().BeEquivalentTo(OutputNames);
        outputs.ToDictionary(o => o.Key, o => o.Value.Name).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["cumulative"] = "Histogram",
            ["current"] = "Histogram update",
            ["counts_total"] = "Total",
            ["counts_in_toa_range"] = "Total in range",
            ["counts_total_cumulative"] = "Total",
            ["counts_in_toa_range_cumulative"] = "Total in range",
        });
    }

    [Theory]
    [InlineData("cumulative")]
    [InlineData("current")]
    public void Histogram_outputs_are_1d_along_time_of_arrival_with_an_edges_coord_in_the_edge_unit(string name)
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);
        workflow.Accumulate(Events([10 * Ms]));

        var histogram = workflow.Finalize()[name];

        histogram.Data.Dims.Should().Equal("time_of_arrival");
        histogram.Data.Shape.Should().Equal(100L);
        histogram.Data.Unit.Should().Be("counts");
        histogram.Data.IsFloat.Should().BeTrue();
        histogram.Coords.Select(c => c.Key).Should().Equal("time_of_arrival");
        var edges = histogram.Coord("time_of_arrival")!;
        edges.Dims.Should().Equal("time_of_arrival");
        edges.Shape.Should().Equal(101L);
        edges.Unit.Should().Be("ms");
        edges.DoubleValues[0].Should().Be(0.0);
        edges.DoubleValues[100].Should().Be(71.43);
    }

    [Theory]
    [InlineData("counts_total")]
    [InlineData("counts_in_toa_range")]
    [InlineData("counts_total_cumulative")]
    [InlineData("counts_in_toa_range_cumulative")]
    public void Totals_are_0d_counts_without_coords(string name)
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);
        workflow.Accumulate(Events([10 * Ms]));

        var total = workflow.Finalize()[name];

        total.Data.Dims.Should().BeEmpty();
        total.Data.Shape.Should().BeEmpty();
        total.Data.Unit.Should().Be("counts");
        total.Coords.Should().BeEmpty();
        total.Data.DoubleValues[0].Should().Be(1.0);
    }

    [Fact]
    public void Histograms_carry_poisson_variances_equal_to_the_counts()
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);
        workflow.Accumulate(Events([Ms, Ms, Ms, 30 * Ms]));

        var outputs = workflow.Finalize();

        outputs["cumulative"].Data.Variances.Should().Equal(outputs["cumulative"].Data.DoubleValues.ToArray());
        outputs["counts_total"].Data.Variances.Should().Equal(4.0);
    }

    [Fact]
    public void Events_are_histogrammed_by_time_of_arrival_into_the_configured_edges()
    {
        var parameters = MonitorHistogramParams.Default with { Edges = new TimeOfArrivalEdges(0, 4, 4, "linear", "ms") };
        var workflow = new MonitorHistogramWorkflow(parameters);
        workflow.Accumulate(Events([Ms / 2, Ms + 1, 3 * Ms, 3 * Ms + 10], [2 * Ms]));

        var outputs = workflow.Finalize();

        outputs["current"].Data.DoubleValues.ToArray().Should().Equal(1, 1, 1, 2);
        outputs["current"].Coord("time_of_arrival")!.DoubleValues.ToArray().Should().Equal(0, 1, 2, 3, 4);
    }

    [Fact]
    public void Events_outside_the_edges_are_dropped_from_every_total()
    {
        var parameters = MonitorHistogramParams.Default with { Edges = new TimeOfArrivalEdges(10, 20, 10, "linear", "ms") };
        var workflow = new MonitorHistogramWorkflow(parameters);
        workflow.Accumulate(Events([-1, 0, 9 * Ms, 10 * Ms, 15 * Ms, 20 * Ms, 25 * Ms]));

        var outputs = workflow.Finalize();

        Total(outputs, "current").Should().Be(2);
        Total(outputs, "cumulative").Should().Be(2);
        Total(outputs, "counts_total").Should().Be(2);
        Total(outputs, "counts_total_cumulative").Should().Be(2);
        Total(outputs, "counts_in_toa_range").Should().Be(2, "with the range disabled the whole edge range counts");
    }

    [Fact]
    public void Cumulative_outputs_keep_growing_while_window_outputs_hold_only_the_latest_update()
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);
        workflow.Accumulate(Events(MonitorEvents.InsideDefaultEdges(2000)));
        var first = workflow.Finalize();
        workflow.Accumulate(Events(MonitorEvents.InsideDefaultEdges(1000), MonitorEvents.InsideDefaultEdges(2000)));

        var second = workflow.Finalize();

        Total(first, "cumulative").Should().Be(2000);
        Total(first, "current").Should().Be(2000);
        Total(second, "cumulative").Should().Be(5000);
        Total(second, "current").Should().Be(3000);
        Total(second, "counts_total").Should().Be(3000);
        Total(second, "counts_total_cumulative").Should().Be(5000);
        Total(second, "counts_in_toa_range").Should().Be(3000);
        Total(second, "counts_in_toa_range_cumulative").Should().Be(5000);
    }

    [Fact]
    public void Finalize_without_new_events_gives_an_empty_window_and_the_unchanged_cumulative()
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);
        workflow.Accumulate(Events(MonitorEvents.InsideDefaultEdges(50)));
        workflow.Finalize();

        var outputs = workflow.Finalize();

        Total(outputs, "current").Should().Be(0);
        Total(outputs, "counts_total").Should().Be(0);
        Total(outputs, "counts_in_toa_range").Should().Be(0);
        Total(outputs, "cumulative").Should().Be(50);
        Total(outputs, "counts_total_cumulative").Should().Be(50);
    }

    [Fact]
    public void Published_outputs_are_snapshots_that_later_updates_do_not_change()
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);
        workflow.Accumulate(Events(MonitorEvents.InsideDefaultEdges(10)));
        var first = workflow.Finalize();

        workflow.Accumulate(Events(MonitorEvents.InsideDefaultEdges(10)));
        workflow.Finalize();

        Total(first, "cumulative").Should().Be(10);
        Total(first, "current").Should().Be(10);
        first["cumulative"].Data.Variances!.Sum().Should().Be(10);
    }

    [Fact]
    public void Reset_clears_cumulative_and_pending_window_data()
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);
        workflow.Accumulate(Events(MonitorEvents.InsideDefaultEdges(2000)));
        workflow.Finalize();
        workflow.Accumulate(Events(MonitorEvents.InsideDefaultEdges(500)));

        workflow.Reset();
        workflow.Accumulate(Events(MonitorEvents.InsideDefaultEdges(100)));
        var outputs = workflow.Finalize();

        Total(outputs, "cumulative").Should().Be(100);
        Total(outputs, "current").Should().Be(100);
        Total(outputs, "counts_total_cumulative").Should().Be(100);
        Total(outputs, "counts_in_toa_range_cumulative").Should().Be(100);
    }

    [Fact]
    public void An_enabled_toa_range_counts_only_events_in_its_half_open_interval()
    {
        var parameters = MonitorHistogramParams.Default with { Range = new TimeOfArrivalRange(true, 10, 20, "ms") };
        var workflow = new MonitorHistogramWorkflow(parameters);
        workflow.Accumulate(Events([5 * Ms, 10 * Ms, 15 * Ms, 20 * Ms - 1, 20 * Ms, 25 * Ms]));
        var first = workflow.Finalize();
        workflow.Accumulate(Events([12 * Ms, 30 * Ms]));

        var second = workflow.Finalize();

        Total(first, "counts_in_toa_range").Should().Be(3);
        Total(first, "counts_total").Should().Be(6);
        Total(second, "counts_in_toa_range").Should().Be(1);
        Total(second, "counts_in_toa_range_cumulative").Should().Be(4);
        Total(second, "counts_total_cumulative").Should().Be(8);
    }

    [Fact]
    public void The_toa_range_converts_its_own_unit()
    {
        var parameters = MonitorHistogramParams.Default with { Range = new TimeOfArrivalRange(true, 100, 200, "μs") };
        var workflow = new MonitorHistogramWorkflow(parameters);
        workflow.Accumulate(Events([99_999, 100_000, 150_000, 200_000]));

        Total(workflow.Finalize(), "counts_in_toa_range").Should().Be(2);
    }

    [Fact]
    public void Counts_in_toa_range_only_count_histogrammed_events()
    {
        // Upstream sums the window histogram over the range (hist[dim, low:high].sum()), so an event
        // outside the histogram edges can never be "in range": counts_in_toa_range <= counts_total.
        var parameters = new MonitorHistogramParams(new TimeOfArrivalEdges(0, 10, 10, "linear", "ms"), new TimeOfArrivalRange(true, 0, 100, "ms"));
        var workflow = new MonitorHistogramWorkflow(parameters);
        workflow.Accumulate(Events([5 * Ms, 50 * Ms, 60 * Ms]));

        var outputs = workflow.Finalize();

        Total(outputs, "counts_total").Should().Be(1);
        Total(outputs, "counts_in_toa_range").Should().Be(1);
        Total(outputs, "counts_in_toa_range_cumulative").Should().Be(1);
    }

    [Fact]
    public void Data_of_another_kind_is_ignored()
    {
        var workflow = new MonitorHistogramWorkflow(MonitorHistogramParams.Default);

        workflow.Accumulate(new OtherData("monitor1"));

        Total(workflow.Finalize(), "counts_total").Should().Be(0);
    }

    [Fact]
    public void The_spec_factory_builds_the_workflow_from_json_params()
    {
        var spec = new MonitorHistogramSpec();
        using var document = System.Text.Json.JsonDocument.Parse("""{"toa_edges":{"num_bins":7}}""");

        var workflow = spec.Create("monitor1", document.RootElement, NoInstrumentFiles.Instance);
        workflow.Accumulate(Events([Ms]));

        workflow.Finalize()["cumulative"].Data.Shape.Should().Equal(7L);
    }

    [Fact]
    public void The_spec_factory_rejects_invalid_params()
    {
        var spec = new MonitorHistogramSpec();
        using var document = System.Text.Json.JsonDocument.Parse("""{"toa_edges":{"num_bins":0}}""");
        var parameters = document.RootElement;

        var create = () => spec.Create("monitor1", parameters, NoInstrumentFiles.Instance);

        create.Should().Throw<InvalidWorkflowParamsException>().WithMessage("*toa_edges.num_bins*");
    }

    private sealed record OtherData(string StreamName) : StreamData(StreamName);
}
