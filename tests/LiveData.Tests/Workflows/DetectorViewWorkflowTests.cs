using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows;

public sealed class DetectorViewWorkflowTests
{
    private const int Ms = 1_000_000;
    private static readonly LogicalView Screen = LogicalView.Identity(new("y", 4), new("x", 8));

    private static DetectorViewWorkflow View(MonitorHistogramParams? parameters = null, bool rois = true) =>
        new(PixelScreenMap.Logical(101, Screen), parameters ?? MonitorHistogramParams.Default, rois);

    private static EventStreamData Events(int[] pixelIds, int[] timeOfArrival) =>
        new("panel", [Ev44Encoder.Encode("panel", 0, [0], [0], timeOfArrival, pixelIds)]);

    private static EventStreamData OnePerPixel() =>
        Events([.. Enumerable.Range(101, 32)], [.. Enumerable.Repeat(30 * Ms, 32)]);

    [Fact]
    public void Events_land_on_the_screen_pixel_of_their_detector_number()
    {
        var view = View();
        view.Accumulate(Events([101, 102, 132, 132], [Ms, Ms, Ms, Ms]));

        var image = view.Finalize()["current"];

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["y"] = 4, ["x"] = 8 });
        image.Data.DoubleValues[0].Should().Be(1);
        image.Data.DoubleValues[1].Should().Be(1);
        image.Data.DoubleValues[31].Should().Be(2);
    }

    [Fact]
    public void Unknown_pixels_and_events_outside_the_edges_are_dropped()
    {
        var view = View();
        view.Accumulate(Events([100, 133, 101, 101, 101], [Ms, Ms, -1, 80 * Ms, Ms]));

        var outputs = view.Finalize();

        outputs["counts_total"].Data.Sum().Should().Be(1);
        outputs["cumulative"].Data.Sum().Should().Be(1);
    }

    [Fact]
    public void Window_outputs_start_over_and_cumulative_ones_keep_adding()
    {
        var view = View();
        view.Accumulate(OnePerPixel());
        view.Finalize();
        view.Accumulate(OnePerPixel());

        var outputs = view.Finalize();

        outputs["current"].Data.Sum().Should().Be(32);
        outputs["cumulative"].Data.Sum().Should().Be(64);
        outputs["counts_total_cumulative"].Data.Sum().Should().Be(64);
        outputs.Should().HaveCount(10);
    }

    [Fact]
    public void No_output_carries_variances_as_upstream_histograms_event_values_only()
    {
        var view = View();
        view.Accumulate(Rectangles((0, new RectangleRegion(0, 8, 0, 4))));
        view.Accumulate(OnePerPixel());

        var outputs = view.Finalize();

        outputs.Where(o => o.Value.Data.Variances is not null).Select(o => o.Key).Should().BeEmpty();
    }

    [Fact]
    public void A_toa_range_limits_the_image_and_the_in_range_totals()
    {
        var parameters = MonitorHistogramParams.Default with { Range = new TimeOfArrivalRange(true, 10, 20, "ms") };
        var view = View(parameters);
        view.Accumulate(Events([101, 101, 101], [5 * Ms, 15 * Ms, 25 * Ms]));

        var outputs = view.Finalize();

        outputs["counts_total"].Data.Sum().Should().Be(3);
        outputs["counts_in_toa_range"].Data.Sum().Should().Be(1);
        outputs["current"].Data.Sum().Should().Be(1);
    }

    [Fact]
    public void Rectangles_are_half_open_slices_of_the_screen()
    {
        var view = View();
        view.Accumulate(new RoiStreamData("panel/x/roi_rectangle", true, new Dictionary<int, ScreenRegion> { [2] = new RectangleRegion(1, 3, 0, 2) }));
        view.Accumulate(OnePerPixel());

        var spectra = view.Finalize()["roi_spectra_current"];

        spectra.Sizes.Should().Equal(new Dictionary<string, long> { ["roi"] = 1, ["time_of_arrival"] = 100 });
        spectra.Data.Sum().Should().Be(4, "x in [1, 3) and y in [0, 2)");
        spectra.Coord("roi")!.Int64Values.ToArray().Should().Equal(2);
    }

    [Fact]
    public void Rectangles_come_before_polygons_and_an_empty_set_clears_its_geometry()
    {
        var view = View();
        view.Accumulate(new RoiStreamData("p", false, new Dictionary<int, ScreenRegion> { [4] = new PolygonRegion([(-0.5, -0.5), (2.5, -0.5), (-0.5, 2.5)]) }));
        view.Accumulate(new RoiStreamData("r", true, new Dictionary<int, ScreenRegion> { [1] = new RectangleRegion(0, 8, 0, 4), [0] = new RectangleRegion(0, 1, 0, 1) }));
        view.Accumulate(OnePerPixel());

        var outputs = view.Finalize();
        outputs["roi_spectra_cumulative"].Coord("roi")!.Int64Values.ToArray().Should().Equal(0, 1, 4);
        var sums = Enumerable.Range(0, 3).Select(r => outputs["roi_spectra_cumulative"].Data.DoubleValues.Slice(r * 100, 100).ToArray().Sum());
        sums.Should().Equal([1, 32, 3], "the triangle holds the index points strictly below x + y = 2");
        outputs["roi_polygon"].Sizes["vertex"].Should().Be(3);

        view.Accumulate(new RoiStreamData("r", true, new Dictionary<int, ScreenRegion>()));
        view.Accumulate(OnePerPixel());
        view.Finalize()["roi_spectra_cumulative"].Coord("roi")!.Int64Values.ToArray().Should().Equal(4);
    }

    // Default edges: 100 bins of 0.7143 ms, so 1 ms falls in bin 1 and 3 ms in bin 4. Pixel (y, x) has id 101 + 8y + x.
    private const int OneMs = Ms;
    private const int ThreeMs = 3 * Ms;

    private static RoiStreamData Rectangles(params (int Index, RectangleRegion Region)[] rois) =>
        new("panel/x/roi_rectangle", true, rois.ToDictionary(r => r.Index, r => (ScreenRegion)r.Region));

    private static RoiStreamData Polygon(int index, params (double X, double Y)[] vertices) =>
        new("panel/x/roi_polygon", false, new Dictionary<int, ScreenRegion> { [index] = new PolygonRegion(vertices) });

    private static EventStreamData At(int timeOfArrival, params int[] pixelIds) => Events(pixelIds, [.. pixelIds.Select(_ => timeOfArrival)]);

    // The spectrum of the ROI in row `row`, as (bin, count) for every bin that counted something.
    private static (int Bin, double Count)[] Row(LiveData.Core.Data.DataArray spectra, int row) =>
        [.. spectra.Data.DoubleValues.Slice(row * 100, 100).ToArray().Select((c, b) => (b, c)).Where(e => e.c != 0)];

    [Fact]
    public void An_roi_drawn_mid_run_shows_every_event_since_the_start_in_its_cumulative_spectrum()
    {
        var view = View();
        view.Accumulate(At(OneMs, 101, 101));
        view.Accumulate(At(ThreeMs, 102));
        view.Finalize()["roi_spectra_cumulative"].Sizes["roi"].Should().Be(0);

        view.Accumulate(Rectangles((0, new RectangleRegion(0, 2, 0, 1))));
        view.Accumulate(At(ThreeMs, 101));
        var outputs = view.Finalize();

        Row(outputs["roi_spectra_cumulative"], 0).Should().Equal([(1, 2), (4, 2)], "pixels (0, 0) and (0, 1) counted two events at 1 ms and two at 3 ms since the start");
        Row(outputs["roi_spectra_current"], 0).Should().Equal([(4, 1)], "one event arrived since the last update");
    }

    [Fact]
    public void An_roi_replaced_mid_window_gets_the_whole_window_and_the_whole_history()
    {
        var view = View();
        view.Accumulate(Rectangles((0, new RectangleRegion(0, 1, 0, 1))));
        view.Accumulate(At(OneMs, 101, 103));
        Row(view.Finalize()["roi_spectra_cumulative"], 0).Should().Equal([(1, 1)]);

        view.Accumulate(At(ThreeMs, 103));
        view.Accumulate(Rectangles((0, new RectangleRegion(2, 3, 0, 1))));
        view.Accumulate(At(ThreeMs, 101));
        var replaced = view.Finalize();

        Row(replaced["roi_spectra_current"], 0).Should().Equal([(4, 1)], "pixel (0, 2)'s event of this window counts, though it came before the new ROI");
        Row(replaced["roi_spectra_cumulative"], 0).Should().Equal([(1, 1), (4, 1)], "pixel (0, 2) had one event before, one now");

        view.Accumulate(At(OneMs, 103));
        var next = view.Finalize();
        Row(next["roi_spectra_current"], 0).Should().Equal([(1, 1)]);
        Row(next["roi_spectra_cumulative"], 0).Should().Equal([(1, 2), (4, 1)]);
    }

    [Fact]
    public void Overlapping_rois_each_count_the_events_they_share()
    {
        var view = View();
        // ROI 0: y 0–1, x 0–3; ROI 1: y 1–2, x 2–5; they share (1, 2) and (1, 3), ids 111 and 112.
        view.Accumulate(Rectangles((0, new RectangleRegion(0, 4, 0, 2)), (1, new RectangleRegion(2, 6, 1, 3))));
        view.Accumulate(At(OneMs, [.. Enumerable.Range(101, 32)]));
        view.Accumulate(At(ThreeMs, 111, 112, 112));
        var first = view.Finalize();

        Row(first["roi_spectra_current"], 0).Should().Equal([(1, 8), (4, 3)]);
        Row(first["roi_spectra_current"], 1).Should().Equal([(1, 8), (4, 3)]);

        view.Accumulate(At(OneMs, [.. Enumerable.Range(101, 32)]));
        var second = view.Finalize();
        Row(second["roi_spectra_cumulative"], 0).Should().Equal([(1, 16), (4, 3)]);
        Row(second["roi_spectra_cumulative"], 1).Should().Equal([(1, 16), (4, 3)]);
        Row(second["roi_spectra_current"], 1).Should().Equal([(1, 8)]);
    }

    [Fact]
    public void A_polygon_drawn_mid_run_sums_the_history_of_the_pixels_inside_it()
    {
        var view = View();
        // Inside the triangle: index points with x + y < 4, here (0, 0), (1, 1), (0, 3) in (y, x); (2, 3) is outside.
        view.Accumulate(At(OneMs, 101, 110));
        view.Accumulate(At(ThreeMs, 104, 120));
        view.Finalize();

        view.Accumulate(Polygon(3, (-0.5, -0.5), (4.5, -0.5), (-0.5, 4.5)));
        view.Accumulate(At(ThreeMs, 102));
        var outputs = view.Finalize();

        outputs["roi_spectra_cumulative"].Coord("roi")!.Int64Values.ToArray().Should().Equal(3);
        Row(outputs["roi_spectra_cumulative"], 0).Should().Equal([(1, 2), (4, 2)]);
        Row(outputs["roi_spectra_current"], 0).Should().Equal([(4, 1)]);
    }

    [Fact]
    public void Counts_of_one_pixel_and_bin_stay_exact_past_255()
    {
        var view = View();
        view.Accumulate(Rectangles((0, new RectangleRegion(0, 1, 0, 1))));
        view.Accumulate(At(OneMs, [.. Enumerable.Repeat(101, 300)]));
        Row(view.Finalize()["roi_spectra_cumulative"], 0).Should().Equal([(1, 300)]);

        view.Accumulate(At(OneMs, [.. Enumerable.Repeat(101, 300)]));
        view.Finalize();
        view.Accumulate(Rectangles((0, new RectangleRegion(0, 1, 0, 1)), (1, new RectangleRegion(0, 2, 0, 1))));
        var outputs = view.Finalize();

        Row(outputs["roi_spectra_cumulative"], 0).Should().Equal([(1, 600)]);
        Row(outputs["roi_spectra_cumulative"], 1).Should().Equal([(1, 600)], "the new ROI is summed from the pixels' history");
        outputs["roi_spectra_current"].Data.Sum().Should().Be(0);
    }

    [Fact]
    public void A_window_too_big_to_list_still_gives_exact_spectra()
    {
        // 32 pixels x 100 bins: a window lists at most 800 events, then keeps dense counts.
        var view = View();
        view.Accumulate(Rectangles((0, new RectangleRegion(0, 1, 0, 1))));
        view.Accumulate(At(OneMs, [.. Enumerable.Repeat(101, 1000)]));
        view.Accumulate(Rectangles((0, new RectangleRegion(1, 2, 0, 1))));
        view.Accumulate(At(ThreeMs, [.. Enumerable.Repeat(102, 5)]));
        var first = view.Finalize();
        Row(first["roi_spectra_current"], 0).Should().Equal([(4, 5)]);
        Row(first["roi_spectra_cumulative"], 0).Should().Equal([(4, 5)]);

        view.Accumulate(At(OneMs, 102, 102));
        var second = view.Finalize();

        Row(second["roi_spectra_current"], 0).Should().Equal([(1, 2)], "the dense window started over");
        Row(second["roi_spectra_cumulative"], 0).Should().Equal([(1, 2), (4, 5)]);
    }

    [Fact]
    public void Reset_forgets_the_roi_spectra_and_keeps_the_rois()
    {
        var view = View();
        view.Accumulate(Rectangles((7, new RectangleRegion(0, 8, 0, 4))));
        view.Accumulate(At(OneMs, 101, 132));
        view.Finalize();
        view.Reset();
        view.Accumulate(At(ThreeMs, 105));

        var outputs = view.Finalize();

        outputs["roi_spectra_cumulative"].Coord("roi")!.Int64Values.ToArray().Should().Equal(7);
        Row(outputs["roi_spectra_cumulative"], 0).Should().Equal([(4, 1)]);
    }

    [Fact]
    public void Events_into_a_view_with_rois_allocate_nothing_once_the_window_has_had_that_many()
    {
        var view = View();
        view.Accumulate(Rectangles((0, new RectangleRegion(0, 8, 0, 4))));
        var events = At(OneMs, [.. Enumerable.Range(0, 700).Select(i => 101 + i % 32)]);
        view.Accumulate(events);
        view.Finalize();

        var before = GC.GetAllocatedBytesForCurrentThread();
        view.Accumulate(events);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().BeLessThan(100, "only the payload list's enumerator, nothing per event");
        Row(view.Finalize()["roi_spectra_current"], 0).Should().Equal([(1, 700)]);
    }

    [Fact]
    public void More_bins_than_a_job_can_hold_for_every_screen_pixel_are_refused_with_the_limit()
    {
        var parameters = MonitorHistogramParams.Default with { Edges = new TimeOfArrivalEdges(0, 71.43, 10_000, "linear", "ms") };

        FluentActions.Invoking(() => new DetectorViewWorkflow(PixelScreenMap.Logical(1, LogicalView.Identity(new("y", 1000), new("x", 1000))), parameters, withRois: true))
            .Should().Throw<InvalidWorkflowParamsException>().WithMessage("toa_edges.num_bins: *1000000 screen pixels*at most 2147 bins");
    }

    [Fact]
    public void Reset_clears_everything_accumulated()
    {
        var view = View();
        view.Accumulate(OnePerPixel());
        view.Finalize();
        view.Reset();
        view.Accumulate(Events([101], [Ms]));

        view.Finalize()["cumulative"].Data.Sum().Should().Be(1);
    }

    [Fact]
    public void Views_without_rois_publish_the_image_outputs_only()
    {
        var view = new DetectorViewWorkflow(PixelScreenMap.Logical(1, LogicalView.Identity(new("layer", 2), new("y", 2), new("x", 2))), MonitorHistogramParams.Default, withRois: false);
        view.Accumulate(Events([8], [Ms]));

        var outputs = view.Finalize();

        outputs.Keys.Should().BeEquivalentTo("cumulative", "current", "counts_total", "counts_in_toa_range", "counts_total_cumulative", "counts_in_toa_range_cumulative");
        outputs["cumulative"].Sizes.Should().Equal(new Dictionary<string, long> { ["layer"] = 2, ["y"] = 2, ["x"] = 2 });
        outputs["cumulative"].Data.DoubleValues[7].Should().Be(1);
    }

    [Fact]
    public void Pixel_weighting_divides_images_by_the_pixels_summed_into_each_cell()
    {
        // Two layers of 2 × 2 summed: every cell holds two pixels; totals stay counts.
        var view = new DetectorViewWorkflow(PixelScreenMap.Logical(1, new LogicalView([new("layer", 2), new("y", 2), new("x", 2)], [["y"], ["x"]])),
            MonitorHistogramParams.Default, withRois: false, pixelWeighting: true);
        view.Accumulate(Events([1, 5, 5, 8], [Ms, Ms, Ms, Ms]));

        var outputs = view.Finalize();

        outputs["current"].Data.DoubleValues.ToArray().Should().Equal(1.5, 0, 0, 0.5);
        outputs["counts_total"].Data.Sum().Should().Be(4);
    }

    [Theory]
    [InlineData("""{"pixel_weighting":{"enabled":true}}""", true)]
    [InlineData("""{"pixel_weighting":{"enabled":false,"method":"pixel_number"}}""", false)]
    [InlineData("{}", false)]
    public void Pixel_weighting_is_read_from_the_parameters(string json, bool enabled) =>
        DetectorViewParams.Parse(System.Text.Json.JsonDocument.Parse(json).RootElement).PixelWeighting.Should().Be(enabled);

    [Fact]
    public void The_spectrum_view_coarsens_the_pixels_along_each_tube()
    {
        var bank = new LiveData.Core.Beamline.DetectorBank("unified_detector", 1, 13500, [new("arc", 5), new("tube", 3), new("channel", 9), new("pixel", 100)]);
        var spec = DetectorViewSpec.For(new LiveData.Core.Identity.WorkflowId("bifrost", "v", 1), "v", bank,
            new LogicalView(bank.LogicalShape, [["arc", "tube"], ["channel", "pixel"]]), withRois: true, new SpectrumView([1, 2, 4, 5, 10, 20, 25, 50, 100], 10));
        var workflow = spec.Factory.Create("unified_detector", System.Text.Json.JsonDocument.Parse("""{"spectrum_params":{"pixels_per_tube":2}}""").RootElement, NoInstrumentFiles.Instance);
        workflow.Accumulate(new EventStreamData("u", [Ev44Encoder.Encode("u", 0, [0], [0], [Ms, Ms, Ms], [1, 50, 51])]));

        var spectrum = workflow.Finalize()["spectrum_view"];

        spectrum.Sizes.Should().Equal(new Dictionary<string, long> { ["arc"] = 5, ["detector_number"] = 54, ["time_of_arrival"] = 100 });
        spectrum.Data.DoubleValues.Slice(0, 100).ToArray().Sum().Should().Be(2, "pixels 0 and 49 of the first tube form its first half");
        spectrum.Data.DoubleValues.Slice(100, 100).ToArray().Sum().Should().Be(1, "pixel 50 starts the second half");
        spec.Outputs.Should().HaveCount(11);
    }

    [Fact]
    public void Pixels_per_tube_must_divide_the_tube() =>
        FluentActions.Invoking(() => new SpectrumView([1, 2, 4, 5, 10, 20, 25, 50, 100], 10).ReadPixelsPerTube(ParamReader.Root(
                System.Text.Json.JsonDocument.Parse("""{"spectrum_params":{"pixels_per_tube":3}}""").RootElement)))
            .Should().Throw<InvalidWorkflowParamsException>().WithMessage("spectrum_params.pixels_per_tube: must be one of*");
}
