using System.Text.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>Upstream's <c>QAxisParams</c>: which component of Q⃗ (Qx, Qy or Qz) an axis spans, and its edges.</summary>
public sealed record QAxisParams(string Axis, EdgeFields Edges)
{
    public static readonly IReadOnlyList<string> Components = ["Qx", "Qy", "Qz"];

    /// <exception cref="InvalidWorkflowParamsException">a field is invalid.</exception>
    public static QAxisParams Read(ParamReader reader, QAxisParams defaults) => new(
        reader.Choice("axis", defaults.Axis, [.. Components]),
        EdgeFields.Read(reader, defaults.Edges, [.. SpectroscopyUnits.Q.Keys]));

    /// <summary>The axis along x, y or z of the sample frame; its dim is the component's name.</summary>
    public CutAxis ToCutAxis() => CutAxis.Projection(Axis, Axis == "Qx" ? 1 : 0, Axis == "Qy" ? 1 : 0, Axis == "Qz" ? 1 : 0, Edges.Values(), Edges.Unit);

    public void Write(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WriteString("axis", Axis);
        writer.WriteEdgeFields(Edges);
        writer.WriteEndObject();
    }
}

/// <summary>Upstream's <c>BifrostElasticQMapParams</c>: two components of Q⃗, by default Qx and Qz from −3 to 3 1/Å in 100 bins.</summary>
public sealed record ElasticQMapParams(QAxisParams Axis1, QAxisParams Axis2)
{
    private static readonly EdgeFields DefaultEdges = new(-3.0, 3.0, 100, "linear", SpectroscopyUnits.InverseAngstrom);

    public static readonly ElasticQMapParams Default = new(new QAxisParams("Qx", DefaultEdges), new QAxisParams("Qz", DefaultEdges));

    /// <exception cref="InvalidWorkflowParamsException">a field is invalid; the message names it.</exception>
    public static ElasticQMapParams Parse(JsonElement json)
    {
        var root = ParamReader.Root(json);
        return new ElasticQMapParams(
            QAxisParams.Read(root.Object("axis1"), Default.Axis1),
            QAxisParams.Read(root.Object("axis2"), Default.Axis2));
    }

    public (CutAxis Axis1, CutAxis Axis2) Axes() => (Axis1.ToCutAxis(), Axis2.ToCutAxis());

    public JsonElement ToJson() => ParamJson.Write(writer =>
    {
        Axis1.Write(writer, "axis1");
        Axis2.Write(writer, "axis2");
    });
}
