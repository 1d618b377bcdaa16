using System.Text.Json;
using LiveData.Workflows;
using LiveData.Workflows.Spectroscopy;

namespace LiveData.Tests.Workflows.Spectroscopy;

/// <summary>The three Q maps' parameters as upstream's pydantic models dump and validate them.</summary>
public sealed class QMapParamsTests
{
    private const string Edges = "\"start\":-3.0,\"stop\":3.0,\"num_bins\":100,\"scale\":\"linear\",\"unit\":\"1/Å\"";

    [Fact]
    public void The_qmap_defaults_are_upstreams()
    {
        QMapParams.Default.ToJson().GetRawText().Should().Be(
            """{"q_edges":{"start":0.5,"stop":3.0,"num_bins":100,"scale":"linear","unit":"1/Å"},"energy_edges":{"start":-1.0,"stop":1.0,"num_bins":100,"scale":"linear","unit":"meV"}}""");
    }

    [Fact]
    public void The_elastic_defaults_are_Qx_and_Qz_with_the_axis_field_first()
    {
        ElasticQMapParams.Default.ToJson().GetRawText().Should().Be(
            "{\"axis1\":{\"axis\":\"Qx\"," + Edges + "},\"axis2\":{\"axis\":\"Qz\"," + Edges + "}}");
    }

    [Fact]
    public void The_custom_defaults_are_the_x_and_z_directions()
    {
        CustomElasticQMapParams.Default.ToJson().GetRawText().Should().Be(
            "{\"axis1\":{\"qx\":1.0,\"qy\":0.0,\"qz\":0.0},\"axis1_edges\":{" + Edges + "},\"axis2\":{\"qx\":0.0,\"qy\":0.0,\"qz\":1.0},\"axis2_edges\":{" + Edges + "}}");
    }

    [Fact]
    public void The_defaults_parse_back_to_themselves()
    {
        QMapParams.Parse(QMapParams.Default.ToJson()).Should().Be(QMapParams.Default);
        ElasticQMapParams.Parse(ElasticQMapParams.Default.ToJson()).Should().Be(ElasticQMapParams.Default);
        CustomElasticQMapParams.Parse(CustomElasticQMapParams.Default.ToJson()).Should().Be(CustomElasticQMapParams.Default);
    }

    [Theory]
    [InlineData("""{"axis1":{"axis":"Qw"}}""", "axis1.axis")]
    [InlineData("""{"q_edges":{"start":2.0,"stop":1.0}}""", "q_edges.stop")]
    [InlineData("""{"energy_edges":{"unit":"eV"}}""", "energy_edges.unit")]
    public void Invalid_fields_are_named(string json, string field)
    {
        using var document = JsonDocument.Parse(json);
        var parse = () =>
        {
            _ = json.Contains("axis1") ? (object)ElasticQMapParams.Parse(document.RootElement) : QMapParams.Parse(document.RootElement);
        };

        parse.Should().Throw<InvalidWorkflowParamsException>().WithMessage($"*{field}*");
    }

    [Theory]
    [InlineData(1.0, 0.0, 0.0, "Q_(1.0,0.0,0.0)")]
    [InlineData(0.5, -1.0, 0.0, "Q_(0.5,-1.0,0.0)")]
    [InlineData(1e-5, 0.0, 2.0, "Q_(1e-05,0.0,2.0)")]
    public void A_custom_axis_dim_is_named_with_Pythons_float_repr(double qx, double qy, double qz, string dim)
    {
        new QVector(qx, qy, qz).DimName.Should().Be(dim);
    }
}
