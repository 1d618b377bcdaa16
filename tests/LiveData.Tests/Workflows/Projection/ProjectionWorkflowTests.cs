using LiveData.Core.Identity;
using LiveData.Geometry;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.DetectorView.Projection;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Unavailable;

namespace LiveData.Tests.Workflows.Projection;

/// <summary>A detector view on a geometric projection: the spec builds it from the geometry, the events fill its image.</summary>
public sealed class ProjectionWorkflowTests
{
    private const int Ms = 1_000_000;

    // Detector numbers 10, 11, 20, 21 land on cells 2, 8, 7, 9 of a 3 × 4 (y, x) screen (see GeometricProjectionTests).
    private static readonly DetectorGeometry Bank = TestGeometry.Bank("bank", [10, 11, 20, 21],
        new(0.05, -0.3, 2), new(-0.4, 0.6, 4), new(0.3, 0, 3), new(-0.05, 0.2, 2));

    private static readonly WorkflowSpec Spec = DetectorViewSpec.Projection(new WorkflowId("test", "detector_projection", 1), "Detector Projection",
        [new("bank", new GeometricViewConfig(ProjectionType.XyPlane, [new("y", 3), new("x", 4)]))]);

    private static EventStreamData Events(params int[] pixelIds) =>
        new("bank", [Ev44Encoder.Encode("bank", 0, [0], [0], [.. pixelIds.Select(_ => Ms)], pixelIds)]);

    [Fact]
    public void Events_fill_the_cells_of_their_pixels_and_unknown_ids_are_dropped()
    {
        var workflow = Spec.Factory.Create("bank", Spec.Factory.DefaultParams, TestGeometry.Files(Bank));
        workflow.Accumulate(Events(10, 11, 11, 20, 21, 15, 9, 22));

        var outputs = workflow.Finalize();

        var image = outputs[TimeOfArrivalOutputs.Current];
        image.Sizes.Should().Equal(new Dictionary<string, long> { ["y"] = 3, ["x"] = 4 });
        image.Data.DoubleValues.ToArray().Should().Equal(0, 0, 1, 0, 0, 0, 0, 1, 2, 1, 0, 0);
        image.Data.Sum().Should().Be(5);
        outputs[TimeOfArrivalOutputs.CountsTotal].Data.Sum().Should().Be(5);
    }

    [Fact]
    public void The_image_carries_the_screen_coordinates()
    {
        var workflow = Spec.Factory.Create("bank", Spec.Factory.DefaultParams, TestGeometry.Files(Bank));

        var image = workflow.Finalize()[TimeOfArrivalOutputs.Cumulative];

        image.Coord("x")!.Unit.Should().Be("m");
        image.Coord("x")!.ToDoubles().Should().HaveCount(4);
        image.Coord("y")!.ToDoubles().Should().HaveCount(3);
    }

    [Fact]
    public void Pixel_weighting_leaves_cells_of_one_pixel_and_makes_cells_without_pixels_nan()
    {
        var parameters = System.Text.Json.JsonDocument.Parse("""{"pixel_weighting": {"enabled": true}}""").RootElement;
        var workflow = Spec.Factory.Create("bank", parameters, TestGeometry.Files(Bank));
        workflow.Accumulate(Events(10, 11, 11));

        var image = workflow.Finalize()[TimeOfArrivalOutputs.Current].Data.ToDoubles();

        (image[2], image[8], image[7], image[9]).Should().Be((1.0, 2.0, 0.0, 0.0));
        image.Where((_, cell) => cell is not (2 or 7 or 8 or 9)).Should().AllSatisfy(v => double.IsNaN(v).Should().BeTrue());
    }

    [Fact]
    public void A_projection_declares_the_detector_view_outputs_with_rois()
    {
        Spec.Outputs.Select(o => o.Name).Should().Contain(["cumulative", "current", "counts_total_cumulative", "roi_spectra_cumulative", "roi_rectangle"]);
    }

    [Fact]
    public void Noisy_replicas_take_turns_per_event_batch_and_keep_every_count()
    {
        var noisy = DetectorViewSpec.Projection(new WorkflowId("test", "detector_projection", 1), "Detector Projection",
            [new("bank", new GeometricViewConfig(ProjectionType.XyPlane, [new("y", 3), new("x", 4)], new GaussianNoise(0.05)))]);
        var workflow = noisy.Factory.Create("bank", noisy.Factory.DefaultParams, TestGeometry.Files(Bank));
        var images = new List<double[]>();
        for (var batch = 0; batch < 5; batch++)
        {
            workflow.Accumulate(Events(10, 11, 20, 21));
            images.Add(workflow.Finalize()[TimeOfArrivalOutputs.Current].Data.ToDoubles());
        }

        images.Should().AllSatisfy(image => image.Sum().Should().Be(4));
        images.Distinct(new ArrayComparer()).Should().HaveCountGreaterThan(1);
        workflow.Finalize()[TimeOfArrivalOutputs.CountsTotalCumulative].Data.Sum().Should().Be(20);
    }

    // x centres −0.15, −0.05, 0.05, 0.15 and y centres −0.2, 0, 0.2: x in [−0.1, 0.1) m and y in [−0.1, 0.3) m cover
    // cells 5, 6, 9, 10, of which only detector number 21's cell 9 is hit. The same numbers without units are indices:
    // x 0 and y 0, cell 0, which nothing hits.
    [Theory]
    [InlineData("m", 1)]
    [InlineData(null, 0)]
    public void Rois_with_units_select_screen_cells_by_their_coordinates(string? unit, int counts)
    {
        var workflow = Spec.Factory.Create("bank", Spec.Factory.DefaultParams, TestGeometry.Files(Bank));
        workflow.Accumulate(new RoiStreamData("bank/0/roi_rectangle", true,
            new Dictionary<int, ScreenRegion> { [0] = new RectangleRegion(-0.1, 0.1, -0.1, 0.3) { XUnit = unit, YUnit = unit } }));
        workflow.Accumulate(Events(10, 11, 20, 21));

        var outputs = workflow.Finalize();

        outputs[DetectorViewSpec.RoiSpectraCurrent].Data.Sum().Should().Be(counts);
        outputs[DetectorViewSpec.RoiRectangle].Coord("x")!.Unit.Should().Be(unit);
    }

    // The same rectangle in mm selects the same cell; one in degrees is no length and selects none.
    [Theory]
    [InlineData("mm", 1000, 1)]
    [InlineData("cm", 100, 1)]
    [InlineData("deg", 1, 0)]
    public void Rois_in_other_units_are_converted_to_the_screens_metres(string unit, double perMetre, int counts)
    {
        var workflow = Spec.Factory.Create("bank", Spec.Factory.DefaultParams, TestGeometry.Files(Bank));
        workflow.Accumulate(new RoiStreamData("bank/0/roi_rectangle", true,
            new Dictionary<int, ScreenRegion> { [0] = new RectangleRegion(-0.1 * perMetre, 0.1 * perMetre, -0.1 * perMetre, 0.3 * perMetre) { XUnit = unit, YUnit = unit } }));
        workflow.Accumulate(Events(10, 11, 20, 21));

        workflow.Finalize()[DetectorViewSpec.RoiSpectraCurrent].Data.Sum().Should().Be(counts);
    }

    [Fact]
    public void Polygons_with_units_contain_the_cells_whose_centres_they_enclose()
    {
        var workflow = Spec.Factory.Create("bank", Spec.Factory.DefaultParams, TestGeometry.Files(Bank));
        // A triangle around the centre (−0.05, 0.2) of cell 9 and no other.
        workflow.Accumulate(new RoiStreamData("bank/0/roi_polygon", false,
            new Dictionary<int, ScreenRegion> { [0] = new PolygonRegion([(-0.1, 0.15), (0, 0.15), (-0.05, 0.25)]) { XUnit = "m", YUnit = "m" } }));
        workflow.Accumulate(Events(10, 11, 20, 21, 21));

        workflow.Finalize()[DetectorViewSpec.RoiSpectraCurrent].Data.Sum().Should().Be(2);
    }

    [Fact]
    public void A_geometry_without_the_bank_is_an_error_that_names_it()
    {
        var create = () => Spec.Factory.Create("bank", Spec.Factory.DefaultParams, TestGeometry.Files(TestGeometry.Bank("other", 1, new Vector3d(0, 0, 1))));

        create.Should().Throw<WorkflowNotAvailableException>().WithMessage("*bank*no NXdetector named 'bank'*other*");
    }

    [Fact]
    public void Screen_dims_must_be_coordinates_of_the_projection()
    {
        var declare = () => DetectorViewSpec.Projection(new WorkflowId("test", "p", 1), "P",
            [new("bank", new GeometricViewConfig(ProjectionType.CylinderMantleZ, [new("arc_length", 3), new("y", 3)]))]);

        declare.Should().Throw<ArgumentException>().WithMessage("*arc_length, z*");
    }

    private sealed class ArrayComparer : IEqualityComparer<double[]>
    {
        public bool Equals(double[]? x, double[]? y) => x!.SequenceEqual(y!);

        public int GetHashCode(double[] obj) => obj.Length;
    }
}
