using LiveData.Workflows;

namespace LiveData.Tests.Instruments;

/// <summary>BIFROST's Q maps are declared as upstream registers them.</summary>
public sealed class BifrostQMapSpecTests
{
    [Theory]
    [InlineData("qmap", "Q map")]
    [InlineData("elastic_qmap", "Elastic Q map")]
    [InlineData("elastic_qmap_custom", "Elastic Q map (custom)")]
    public void Each_runs_in_data_reduction_on_the_unified_detector_with_one_cumulative_cut(string name, string title)
    {
        var spec = InstrumentCatalog.Get("bifrost").FindWorkflow(new("bifrost", name, 1))!;

        spec.Title.Should().Be(title);
        spec.ServiceName.Should().Be(ServiceNames.DataReduction);
        spec.SourceNames.Should().Equal("unified_detector");
        spec.AuxSources.Should().BeEmpty("upstream's Q maps declare no aux sources");
        spec.ContextStreams.Should().Equal("rotation_stage");
        spec.Outputs.Should().ContainSingle().Which.Should().Be(new OutputSpec("cut_data", "Cut Data", Temporality.Cumulative));
    }
}
