using LiveData.Core.Beamline;
using LiveData.Wire.Ad00;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.AreaDetectorView;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;
using LiveData.Workflows.Ratemeter;
using LiveData.Workflows.Timeseries;
using LiveData.Workflows.TotalCounts;
using LiveData.Workflows.Unavailable;

namespace LiveData.Tests.Workflows;

public sealed class SmallWorkflowTests
{
    private static JsonElement Json(string text) => JsonDocument.Parse(text).RootElement.Clone();

    private static EventStreamData Pixels(params int[] ids) => new("d", [Ev44Encoder.Encode("d", 0, [0], [0], new int[ids.Length], ids)]);

    [Fact]
    public void Total_counts_count_the_detectors_events_only()
    {
        var workflow = new TotalCountsWorkflow(1, 10);
        workflow.Accumulate(Pixels(0, 1, 10, 11));
        workflow.Finalize();
        workflow.Accumulate(Pixels(5));

        workflow.Finalize()["total_counts"].Data.Int64Values[0].Should().Be(3);
    }

    [Fact]
    public void Timeseries_skip_samples_at_or_before_the_latest()
    {
        var workflow = new TimeseriesWorkflow("mm");
        workflow.Accumulate(new LogStreamData("m", [new(2, 2.0), new(1, 1.0), new(2, 2.0), new(3, 3.0)]));

        var delta = workflow.Finalize()["delta"];

        delta.Data.DoubleValues.ToArray().Should().Equal(2.0, 3.0);
        delta.Coord("time")!.Int64Values.ToArray().Should().Equal(2L, 3L);
        workflow.Finalize().Should().BeEmpty("nothing new arrived");
    }

    [Fact]
    public void The_ratemeter_counts_one_arc_within_its_pixel_range()
    {
        var bank = new DetectorBank("unified_detector", 1, 13500, [new("arc", 5), new("tube", 3), new("channel", 9), new("pixel", 100)]);
        var spec = DetectorRatemeterWorkflow.Spec(new WorkflowId("bifrost", "detector_ratemeter", 1), bank);
        var workflow = spec.Factory.Create("unified_detector", Json("""{"region":{"arc":"2.7 meV","pixel_start":10,"pixel_stop":20}}"""), NoInstrumentFiles.Instance);
        workflow.Accumulate(Pixels(11, 20, 21, 910, 2711));

        var outputs = workflow.Finalize();

        outputs["detector_region_counts"].Data.Int64Values[0].Should().Be(2, "ids 11 and 910 are positions 10 of arc 0 (tubes 0 and 1); 20 is position 19; 21 and 2711 are not");
    }

    [Fact]
    public void The_ratemeter_rejects_an_empty_pixel_range()
    {
        var bank = new DetectorBank("u", 1, 4500, [new("arc", 5), new("p", 900)]);
        var spec = DetectorRatemeterWorkflow.Spec(new WorkflowId("bifrost", "detector_ratemeter", 1), bank);

        FluentActions.Invoking(() => spec.Factory.Create("u", Json("""{"region":{"pixel_start":5,"pixel_stop":5}}"""), NoInstrumentFiles.Instance))
            .Should().Throw<InvalidWorkflowParamsException>().WithMessage("region.pixel_stop*");
    }

    [Fact]
    public void Area_detector_frames_are_summed()
    {
        var workflow = new AreaDetectorViewWorkflow(new AreaDetector("cam", 2, 2), AreaImageView.Raw(2, 2));
        var frame = Ad00Array.UInt16s("cam", 0, 0, [2, 2], [1, 2, 3, 4]);
        workflow.Accumulate(new ImageStreamData("cam", [frame, frame]));
        workflow.Finalize();
        workflow.Accumulate(new ImageStreamData("cam", [frame]));

        var outputs = workflow.Finalize();

        outputs["current"].Data.DoubleValues.ToArray().Should().Equal(1, 2, 3, 4);
        outputs["cumulative"].Data.DoubleValues.ToArray().Should().Equal(3, 6, 9, 12);
        outputs["cumulative"].Data.Dims.Should().Equal("dim_0", "dim_1");
        outputs["counts_total_cumulative"].Data.Sum().Should().Be(30);
    }

    [Theory]
    [InlineData(new long[] { 1 })]
    [InlineData(new long[] { 3, 2 })]
    [InlineData(new long[] { 1, 2 })]
    public void A_frame_that_does_not_fold_onto_the_image_fails_the_batch(long[] dimensions) =>
        FluentActions.Invoking(() => new AreaDetectorViewWorkflow(new AreaDetector("cam", 2, 2), AreaImageView.Raw(2, 2))
                .Accumulate(new ImageStreamData("cam", [Ad00Array.UInt16s("cam", 0, 0, dimensions, new ushort[dimensions.Aggregate(1L, (a, b) => a * b)])])))
            .Should().Throw<ArgumentException>();

    [Fact]
    public void A_larger_frame_is_folded_onto_the_image_by_summing_blocks()
    {
        // A 4×6 frame onto a 2×3 image named x, y: each image pixel sums a 2×2 block.
        var workflow = new AreaDetectorViewWorkflow(new AreaDetector("orca", 2, 3), new AreaImageView("x", "y", 2, 3));
        ushort[] frame =
        [
            1, 2, 3, 4, 5, 6,
            7, 8, 9, 10, 11, 12,
            13, 14, 15, 16, 17, 18,
            19, 20, 21, 22, 23, 24,
        ];
        workflow.Accumulate(new ImageStreamData("orca", [Ad00Array.UInt16s("orca", 0, 0, [4, 6], frame)]));

        var image = workflow.Finalize()["cumulative"];

        image.Data.Dims.Should().Equal("x", "y");
        image.Data.Shape.Should().Equal(2L, 3L);
        image.Data.DoubleValues.ToArray().Should().Equal(1 + 2 + 7 + 8, 3 + 4 + 9 + 10, 5 + 6 + 11 + 12, 13 + 14 + 19 + 20, 15 + 16 + 21 + 22, 17 + 18 + 23 + 24);
    }

    [Fact]
    public void No_params_means_an_empty_object()
    {
        NoParams.Validate(Json("{}"));
        FluentActions.Invoking(() => NoParams.Validate(Json("""{"x":1}"""))).Should().Throw<InvalidWorkflowParamsException>().WithMessage("*x*");
        FluentActions.Invoking(() => NoParams.Validate(Json("[]"))).Should().Throw<InvalidWorkflowParamsException>();
    }

    [Fact]
    public void An_unavailable_workflow_says_what_it_needs() =>
        FluentActions.Invoking(() => new UnavailableWorkflow(new WorkflowId("dream", "powder_reduction", 1), "powder physics").Create("s", Json("{}"), NoInstrumentFiles.Instance))
            .Should().Throw<WorkflowNotAvailableException>().WithMessage("powder_reduction is not available in LiveData yet (needs powder physics)");

    [Fact]
    public void Bin_of_an_event_matches_the_histogram()
    {
        var histogrammer = new TimeOfArrivalHistogrammer(TimeOfArrivalEdges.Default);

        histogrammer.BinOf(-1).Should().Be(-1);
        histogrammer.BinOf(0).Should().Be(0);
        histogrammer.BinOf(71_430_000).Should().Be(-1, "the stop edge is exclusive");
        histogrammer.BinOf(71_429_999).Should().Be(99);
    }
}
