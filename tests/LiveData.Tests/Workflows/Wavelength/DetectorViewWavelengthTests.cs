using LiveData.Core.Beamline;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;
using static LiveData.Tests.Workflows.Wavelength.LineInstrument;

namespace LiveData.Tests.Workflows.Wavelength;

/// <summary>A logical view of <see cref="LineInstrument"/>'s panel in wavelength mode: pixels 101 and 102 fly 25 m and 30 m.</summary>
public sealed class DetectorViewWavelengthTests
{
    private const string OneAngstromBins = """
        {"coordinate_mode":{"mode":"wavelength"},"wavelength_edges":{"start":0.0,"stop":10.0,"num_bins":10,"unit":"Å"}}
        """;

    private static readonly DetectorBank Panel = new("panel", 101, 104, [new("x", 4)]);

    private static IWorkflow Create(string json, IInstrumentFiles? files = null)
    {
        var spec = DetectorViewSpec.For(new WorkflowId("dummy", "panel_view", 1), "Panel", Panel, LogicalView.Identity(new("y", 1), new("x", 4)), withRois: true);
        using var document = JsonDocument.Parse(json);
        return spec.Factory.Create("panel", document.RootElement.Clone(), files ?? new LineInstrument());
    }

    private static EventStreamData Events(int[] pixelIds, int[] eventTimeOffsetsNs) =>
        new("panel", [Ev44Encoder.Encode("panel", 0, [0], [0], eventTimeOffsetsNs, pixelIds)]);

    [Fact]
    public void Each_pixel_converts_with_its_own_flight_path()
    {
        // 30 ms: 3956.03·0.03/25 = 4.747 Å at pixel 101, /30 = 3.956 Å at pixel 102; a ROI over both sums them.
        var view = Create(OneAngstromBins);
        view.Accumulate(new RoiStreamData("panel/roi_rectangle", true, new Dictionary<int, ScreenRegion> { [0] = new RectangleRegion(0, 2, 0, 1) }));
        view.Accumulate(Events([101, 102, 102], [30 * Ms, 30 * Ms, 30 * Ms]));

        var outputs = view.Finalize();

        var spectra = outputs["roi_spectra_current"];
        spectra.Sizes.Should().Equal(new Dictionary<string, long> { ["roi"] = 1, ["wavelength"] = 10 });
        spectra.Data.DoubleValues.ToArray().Should().Equal(0, 0, 0, 2, 1, 0, 0, 0, 0, 0);
        spectra.Coord("wavelength")!.Unit.Should().Be("Å");
        outputs["current"].Data.DoubleValues.ToArray().Should().Equal(1, 2, 0, 0);
        outputs["counts_total"].Data.Sum().Should().Be(3);
    }

    [Fact]
    public void The_range_gates_the_image_by_wavelength()
    {
        var view = Create("""
            {"coordinate_mode":{"mode":"wavelength"},"wavelength_edges":{"start":0.0,"stop":10.0,"num_bins":10},
             "wavelength_range":{"enabled":true,"start":4.5,"stop":5.0,"unit":"Å"}}
            """);
        view.Accumulate(Events([101, 102], [30 * Ms, 30 * Ms]));

        var outputs = view.Finalize();

        outputs["current"].Data.DoubleValues.ToArray().Should().Equal(1, 0, 0, 0);
        outputs["counts_in_toa_range"].Data.Sum().Should().Be(1);
        outputs["counts_total"].Data.Sum().Should().Be(2);
    }

    [Fact]
    public void Wavelength_mode_without_geometry_or_table_is_an_error_that_says_so()
    {
        var create = () => Create(OneAngstromBins, NoInstrumentFiles.Instance);

        create.Should().Throw<WorkflowNotAvailableException>().WithMessage("*no wavelength lookup table*");
    }

    [Fact]
    public void A_table_that_does_not_reach_every_pixel_is_an_error()
    {
        var create = () => Create(OneAngstromBins, new LineInstrument(LookupTableGenerator.Generate(Source, 20, 30)));

        create.Should().Throw<WorkflowNotAvailableException>().WithMessage("*but panel has one of 35 m*");
    }
}
