using LiveData.Workflows;
using LiveData.Workflows.Reflectometry;

namespace LiveData.Tests.Workflows.Reflectometry;

/// <summary>Upstream's EstiaReflectometryReductionParams: defaults as model_dump writes them, invalid values refused by name.</summary>
public sealed class ReflectometryParamsTests
{
    [Fact]
    public void The_defaults_are_upstreams()
    {
        ReflectometryParams.Default.ToJson().GetRawText().Should().Be(
            """{"wavelength_edges":{"start":3.5,"stop":12.0,"num_bins":120,"scale":"linear","unit":"Å"},"q_edges":{"start":0.01,"stop":0.5,"num_bins":400,"scale":"linear","unit":"1/Å"},"theta_edges":{"start":-1.0,"stop":2.0,"num_bins":120,"scale":"linear","unit":"deg"},"sample_rotation":{"value":0.0,"unit":"deg"},"y_index_limits":{"start":0,"stop":63},"z_index_limits":{"start":0,"stop":1535},"beam_divergence_limits":{"start":-0.75,"stop":0.75,"unit":"deg"}}""");
        ReflectometryParams.Parse(ReflectometryParams.Default.ToJson()).Should().Be(ReflectometryParams.Default);
    }

    [Fact]
    public void Absent_fields_take_the_defaults_and_units_convert()
    {
        var parsed = ReflectometryParams.Parse(JsonDocument.Parse("""{"q_edges":{"start":0.1,"stop":0.5,"num_bins":4,"unit":"1/nm"},"sample_rotation":{"value":0.01,"unit":"rad"}}""").RootElement);

        parsed.QEdges.ValuesIn(ReflectometryUnits.Q).Should().Equal([0.01, 0.02, 0.03, 0.04, 0.05], (a, b) => Math.Abs(a - b) < 1e-15);
        parsed.SampleRotation.Radians.Should().Be(0.01);
        parsed.WavelengthEdges.Should().Be(ReflectometryParams.Default.WavelengthEdges);
    }

    [Theory]
    [InlineData("""{"q_edges":{"start":0.5,"stop":0.1}}""", "q_edges.stop")]
    [InlineData("""{"theta_edges":{"num_bins":0}}""", "theta_edges.num_bins")]
    [InlineData("""{"theta_edges":{"scale":"log"}}""", "theta_edges.start")]
    [InlineData("""{"wavelength_edges":{"unit":"m"}}""", "wavelength_edges.unit")]
    [InlineData("""{"sample_rotation":{"value":"high"}}""", "sample_rotation.value")]
    [InlineData("""{"y_index_limits":{"start":5,"stop":4}}""", "y_index_limits.stop")]
    [InlineData("""{"z_index_limits":{"start":-1}}""", "z_index_limits.start")]
    [InlineData("""{"beam_divergence_limits":{"start":0.5,"stop":0.5}}""", "beam_divergence_limits.stop")]
    [InlineData("""{"beam_divergence_limits":{"unit":"mrad"}}""", "beam_divergence_limits.unit")]
    public void Invalid_values_are_refused_naming_the_field(string json, string field) =>
        FluentActions.Invoking(() => ReflectometryParams.Parse(JsonDocument.Parse(json).RootElement))
            .Should().Throw<InvalidWorkflowParamsException>().WithMessage(field + ":*");
}
