using System.Text.Json;
using LiveData.Core.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>Upstream's <c>CustomQAxis</c>: a direction in the sample frame's Q space; not normalised until the cut.</summary>
public sealed record QVector(double Qx, double Qy, double Qz)
{
    public static QVector Read(ParamReader reader, QVector defaults) => new(
        reader.Number("qx", defaults.Qx), reader.Number("qy", defaults.Qy), reader.Number("qz", defaults.Qz));

    /// <summary>Upstream's dim name, <c>Q_(qx,qy,qz)</c> with Python's float repr: <c>Q_(1.0,0.0,0.0)</c>.</summary>
    public string DimName => $"Q_({PythonFloatWriter.PythonRepr(Qx)},{PythonFloatWriter.PythonRepr(Qy)},{PythonFloatWriter.PythonRepr(Qz)})";

    public void Write(Utf8JsonWriter writer, string name)
    {
        writer.WriteStartObject(name);
        writer.WritePythonFloat("qx", Qx);
        writer.WritePythonFloat("qy", Qy);
        writer.WritePythonFloat("qz", Qz);
        writer.WriteEndObject();
    }
}

/// <summary>
/// Upstream's <c>BifrostCustomElasticQMapParams</c>: two directions in Q space, by default (1, 0, 0) and (0, 0, 1),
/// each with edges from −3 to 3 1/Å in 100 bins. A zero vector is not refused (as upstream): its axis bins nothing.
/// </summary>
public sealed record CustomElasticQMapParams(QVector Axis1, EdgeFields Axis1Edges, QVector Axis2, EdgeFields Axis2Edges)
{
    private static readonly EdgeFields DefaultEdges = new(-3.0, 3.0, 100, "linear", SpectroscopyUnits.InverseAngstrom);

    public static readonly CustomElasticQMapParams Default = new(new QVector(1, 0, 0), DefaultEdges, new QVector(0, 0, 1), DefaultEdges);

    /// <exception cref="InvalidWorkflowParamsException">a field is invalid; the message names it.</exception>
    public static CustomElasticQMapParams Parse(JsonElement json)
    {
        var root = ParamReader.Root(json);
        string[] units = [.. SpectroscopyUnits.Q.Keys];
        return new CustomElasticQMapParams(
            QVector.Read(root.Object("axis1"), Default.Axis1),
            EdgeFields.Read(root.Object("axis1_edges"), Default.Axis1Edges, units),
            QVector.Read(root.Object("axis2"), Default.Axis2),
            EdgeFields.Read(root.Object("axis2_edges"), Default.Axis2Edges, units));
    }

    public (CutAxis Axis1, CutAxis Axis2) Axes() =>
        (CutAxis.Projection(Axis1.DimName, Axis1.Qx, Axis1.Qy, Axis1.Qz, Axis1Edges.Values(), Axis1Edges.Unit),
         CutAxis.Projection(Axis2.DimName, Axis2.Qx, Axis2.Qy, Axis2.Qz, Axis2Edges.Values(), Axis2Edges.Unit));

    public JsonElement ToJson() => ParamJson.Write(writer =>
    {
        Axis1.Write(writer, "axis1");
        writer.WriteEdges("axis1_edges", Axis1Edges);
        Axis2.Write(writer, "axis2");
        writer.WriteEdges("axis2_edges", Axis2Edges);
    });
}
