using System.Text.Json;
using LiveData.Geometry;
using LiveData.Services.Backend;
using LiveData.Tests.Geometry;
using LiveData.Tests.Workflows.Projection;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.Unavailable;

namespace LiveData.Tests.Instruments;

/// <summary>
/// DREAM's detector_projection, LoKI's detector_xy_projection and MAGIC's detector_projection as upstream registers
/// them (specs.py) and configures each bank (factories.py: projection type, resolution in screen order).
/// </summary>
public sealed class DetectorProjectionTests
{
    private const int Ms = 1_000_000;

    // Three pixels off every axis, so each projection type places them.
    private static readonly Vector3d[] Positions = [new(0.5, 0.3, 1), new(-0.4, 0.2, 1.5), new(0.3, -0.6, 2)];

    [Theory]
    [InlineData("dream", "detector_projection", "Detector Projection")]
    [InlineData("loki", "detector_xy_projection", "Detector XY Projection")]
    [InlineData("magic", "detector_projection", "Detector Projection")]
    public void The_projection_is_registered_as_upstreams_for_every_bank(string instrument, string name, string title)
    {
        var spec = InstrumentCatalog.Get(instrument).FindWorkflow(new(instrument, name, 1))!;

        spec.Title.Should().Be(title);
        spec.ServiceName.Should().Be("detector_data");
        spec.SourceNames.Should().Equal(InstrumentCatalog.Get(instrument).Detectors.Select(d => d.Name));
        spec.Output("roi_spectra_cumulative").Should().NotBeNull();
    }

    [Theory]
    [InlineData("dream", "detector_projection", "mantle_detector", 229377, "arc_length", 80, "z", 320)]
    [InlineData("dream", "detector_projection", "endcap_backward_detector", 71618, "y", 240, "x", 160)]
    [InlineData("dream", "detector_projection", "sans_detector", 720929, "y", 160, "x", 160)]
    [InlineData("loki", "detector_xy_projection", "loki_detector_0", 1, "y", 144, "x", 144)]
    [InlineData("loki", "detector_xy_projection", "loki_detector_1", 802817, "y", 36, "x", 108)]
    [InlineData("loki", "detector_xy_projection", "loki_detector_2", 1032193, "y", 108, "x", 36)]
    [InlineData("magic", "detector_projection", "magic_detector_a", 1, "y", 128, "arc_length", 120)]
    [InlineData("magic", "detector_projection", "magic_detector_b", 491521, "y", 16, "arc_length", 256)]
    public void A_bank_in_the_geometry_is_projected_onto_upstreams_screen(
        string instrument, string name, string bank, int first, string dim0, long size0, string dim1, long size1)
    {
        var spec = InstrumentCatalog.Get(instrument).FindWorkflow(new(instrument, name, 1))!;
        var workflow = spec.Factory.Create(bank, spec.Factory.DefaultParams, TestGeometry.Files(TestGeometry.Bank(bank, first, Positions)));
        workflow.Accumulate(new EventStreamData(bank, [Ev44Encoder.Encode(bank, 0, [0], [0], [Ms, Ms, Ms, Ms], [first, first + 1, first + 2, first + 2])]));

        var image = workflow.Finalize()[TimeOfArrivalOutputs.Current];

        image.Sizes.Should().Equal(new Dictionary<string, long> { [dim0] = size0, [dim1] = size1 });
        image.Data.Sum().Should().Be(4);
        image.Coords.Select(c => c.Key).Should().Equal(dim0, dim1);
    }

    [Theory]
    [InlineData("dream", "detector_projection", "high_resolution_detector")]
    [InlineData("loki", "detector_xy_projection", "loki_detector_4")]
    [InlineData("magic", "detector_projection", "magic_detector_b")]
    public void A_geometry_without_the_bank_is_an_error_that_names_it(string instrument, string name, string bank)
    {
        var spec = InstrumentCatalog.Get(instrument).FindWorkflow(new(instrument, name, 1))!;
        var files = TestGeometry.Files(TestGeometry.Bank("elsewhere", 1, Positions));

        var create = () => spec.Factory.Create(bank, spec.Factory.DefaultParams, files);

        create.Should().Throw<WorkflowNotAvailableException>().WithMessage($"*{bank}*no NXdetector named '{bank}'*elsewhere*");
    }

    [Fact]
    public void Without_a_geometry_the_projection_is_an_error()
    {
        var spec = InstrumentCatalog.Get("magic").FindWorkflow(new("magic", "detector_projection", 1))!;

        var create = () => spec.Factory.Create("magic_detector_a", spec.Factory.DefaultParams, NoInstrumentFiles.Instance);

        create.Should().Throw<WorkflowNotAvailableException>().WithMessage("*geometry*");
    }

    [Fact]
    public void Lokis_projection_runs_from_a_nexus_geometry_file_with_straw_shaped_pixels()
    {
        using var files = new NexusFiles();
        // Three pixels of bank 1, 5 m downstream; straws 1 m long along x with a 4 mm radius.
        var path = files.Write(NexusFiles.File(("entry", NexusFiles.Group("NXentry",
            ("sample", NexusFiles.Group("NXsample")),
            ("instrument", NexusFiles.Group("NXinstrument",
                ("loki_detector_1", NexusFiles.Group("NXdetector",
                    ("detector_number", NexusFiles.Dataset(new[] { 802817, 802818, 802819 })),
                    ("x_pixel_offset", NexusFiles.Dataset(new[] { -0.5, 0.0, 0.5 }, ("units", "m"))),
                    ("y_pixel_offset", NexusFiles.Dataset(new[] { 0.1, 0.2, 0.3 }, ("units", "m"))),
                    ("pixel_shape", NexusFiles.Group("NXcylindrical_geometry",
                        ("vertices", NexusFiles.Dataset(new double[,] { { -0.5, 0, 0 }, { -0.5, 0.004, 0 }, { 0.5, 0, 0 } }, ("units", "m"))),
                        ("cylinders", NexusFiles.Dataset(new int[,] { { 0, 1, 2 } })))),
                    ("depends_on", NexusFiles.Dataset("transformations/z")),
                    ("transformations", NexusFiles.Group("NXtransformations",
                        ("z", NexusFiles.Transformation("translation", 5, "m", [0, 0, 1], "."))))))))))));
        var spec = InstrumentCatalog.Get("loki").FindWorkflow(new("loki", "detector_xy_projection", 1))!;
        var workflow = spec.Factory.Create("loki_detector_1", spec.Factory.DefaultParams, new InstrumentFiles("loki", path));

        for (var batch = 0; batch < 5; batch++)
        {
            workflow.Accumulate(new EventStreamData("loki_detector_1", [Ev44Encoder.Encode("loki_detector_1", 0, [0], [0], [Ms, Ms, Ms], [802817, 802818, 802819])]));
        }
        var image = workflow.Finalize()[TimeOfArrivalOutputs.Current];

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["y"] = 36, ["x"] = 108 });
        image.Data.Sum().Should().Be(15);
        // Noise along the 1 m straws widens the screen beyond the pixel centres at ±0.5 m.
        image.Coord("x")!.ToDoubles()[^1].Should().BeGreaterThan(0.5);
    }

    [Fact]
    public void Dreams_instrument_configuration_is_accepted_in_time_of_arrival_mode()
    {
        var spec = InstrumentCatalog.Get("dream").FindWorkflow(new("dream", "detector_projection", 1))!;
        var parameters = JsonDocument.Parse("""{"coordinate_mode": {"mode": "toa"}, "instrument_configuration": {"value": "high_flux_BC215"}}""").RootElement;

        var create = () => spec.Factory.Create("mantle_detector", parameters, TestGeometry.Files(TestGeometry.Bank("mantle_detector", 229377, Positions)));

        create.Should().NotThrow();
    }
}
