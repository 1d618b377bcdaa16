using LiveData.Workflows;
using LiveData.Workflows.Powder;

namespace LiveData.Tests.Workflows.Powder;

/// <summary>Upstream's PowderWorkflowParams: its defaults as JSON, and an ERR naming the field for invalid values.</summary>
public sealed class PowderParamsTests
{
    [Fact]
    public void The_defaults_serialise_as_upstreams_model_dumps_them()
    {
        PowderParams.Default.ToJson().GetRawText().Should().Be(
            """{"dspacing_edges":{"start":0.4,"stop":3.5,"num_bins":500,"scale":"linear","unit":"Å"},"two_theta_edges":{"start":0.4,"stop":3.1415,"num_bins":100,"scale":"linear","unit":"rad"},"wavelength_range":{"start":1.1,"stop":4.5,"unit":"Å"},"instrument_configuration":{"value":"high_flux_BC240"}}""");
    }

    [Fact]
    public void Nanometre_edges_are_converted_to_angstrom_for_binning_and_degrees_to_radians()
    {
        var parsed = Parse("""{"dspacing_edges":{"start":0.1,"stop":0.3,"num_bins":2,"unit":"nm"},"two_theta_edges":{"start":0,"stop":180,"num_bins":1,"unit":"deg"}}""");

        parsed.DspacingEdges.ValuesInBaseUnit().Should().Equal([1.0, 2.0, 3.0], (a, b) => Math.Abs(a - b) < 1e-12);
        parsed.TwoThetaEdges.ValuesInBaseUnit()[1].Should().BeApproximately(Math.PI, 1e-12);
    }

    [Theory]
    [InlineData("""{"dspacing_edges":{"start":3.5,"stop":0.4}}""", "dspacing_edges.stop: must be greater than start*")]
    [InlineData("""{"dspacing_edges":{"num_bins":0}}""", "dspacing_edges.num_bins: must be between 1 and 10000*")]
    [InlineData("""{"dspacing_edges":{"unit":"m"}}""", "dspacing_edges.unit: must be one of*")]
    [InlineData("""{"two_theta_edges":{"scale":"log","start":0}}""", "two_theta_edges.start: must be positive for a log scale*")]
    [InlineData("""{"wavelength_range":{"start":4.5,"stop":1.1}}""", "wavelength_range.stop: must be greater than start*")]
    [InlineData("""{"instrument_configuration":{"value":"high_resolution"}}""", "instrument_configuration.value: The 'high_resolution' setting is not available.")]
    [InlineData("""{"instrument_configuration":{"value":"bc999"}}""", "instrument_configuration.value: must be one of*")]
    public void Invalid_values_are_refused_naming_the_field(string json, string message)
    {
        FluentActions.Invoking(() => Parse(json)).Should().Throw<InvalidWorkflowParamsException>().WithMessage(message);
    }

    private static PowderParams Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return PowderParams.Parse(document.RootElement);
    }
}
