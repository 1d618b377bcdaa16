using LiveData.Workflows;
using LiveData.Workflows.Unavailable;

namespace LiveData.Tests.Instruments;

/// <summary>Every instrument upstream gives disk choppers offers wavelength_lut, answered with what it needs.</summary>
public sealed class WavelengthLutTests
{
    [Theory]
    [InlineData("bifrost", "pulse_shaping_chopper_1, pulse_shaping_chopper_2, frame_overlap_chopper_1, frame_overlap_chopper_2, bandwidth_chopper_1, bandwidth_chopper_2")]
    [InlineData("dream", "pulse_shaping_chopper1, pulse_shaping_chopper2, band_chopper, overlap_chopper, T0_chopper")]
    [InlineData("loki", "bw_chopper1, bw_chopper2, fo_chopper1, fo_chopper2")]
    [InlineData("tbl", "bwc_2, bwc_1")]
    public void Instruments_with_choppers_declare_it_in_the_timeseries_service_and_name_their_cascade(string instrument, string choppers)
    {
        var spec = InstrumentCatalog.Get(instrument).FindWorkflow(new(instrument, "wavelength_lut", 1))!;

        (spec.ServiceName, spec.SupportsReset).Should().Be(("timeseries", false));
        spec.SourceNames.Should().Equal("chopper_cascade");
        var start = () => spec.Factory.Create("chopper_cascade", spec.Factory.DefaultParams, NoInstrumentFiles.Instance);
        start.Should().Throw<WorkflowNotAvailableException>().WithMessage($"*a simulation of the chopper cascade ({choppers})*livedata lookup-table*");
    }

    [Theory]
    [InlineData("beer")]
    [InlineData("dummy")]
    [InlineData("estia")]
    [InlineData("magic")]
    [InlineData("nmx")]
    [InlineData("odin")]
    public void Instruments_without_choppers_do_not(string instrument) =>
        InstrumentCatalog.Get(instrument).Workflows.Should().NotContain(w => w.Id.Name == "wavelength_lut");
}
