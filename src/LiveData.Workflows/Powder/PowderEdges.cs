using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Powder;

/// <summary>
/// Upstream's <c>DspacingEdges</c> and <c>TwoTheta</c> edges: start, stop, num_bins (1–10000), scale (linear or log)
/// and a unit from a fixed set, each unit's size given in the unit the reduction computes in (Å or rad).
/// </summary>
public sealed record PowderEdges(double Start, double Stop, int NumBins, string Scale, string Unit, double UnitSize)
{
    public static readonly IReadOnlyDictionary<string, double> LengthUnits = new Dictionary<string, double> { ["Å"] = 1.0, ["nm"] = 10.0 };

    public static readonly IReadOnlyDictionary<string, double> AngleUnits = new Dictionary<string, double> { ["deg"] = Math.PI / 180, ["rad"] = 1.0 };

    public bool IsLogarithmic => Scale == "log";

    /// <exception cref="InvalidWorkflowParamsException">stop ≤ start, a log scale from ≤ 0, or an unknown unit or scale.</exception>
    public static PowderEdges Read(ParamReader reader, PowderEdges fallback, IReadOnlyDictionary<string, double> units)
    {
        var edges = EdgeFields.Read(reader, new EdgeFields(fallback.Start, fallback.Stop, fallback.NumBins, fallback.Scale, fallback.Unit), [.. units.Keys]);
        return new PowderEdges(edges.Start, edges.Stop, edges.NumBins, edges.Scale, edges.Unit, units[edges.Unit]);
    }

    /// <summary>The N+1 edges in <see cref="Unit"/>, as upstream's <c>make_edges</c>.</summary>
    public double[] Values() => BinEdges.Values(Start, Stop, NumBins, IsLogarithmic);

    /// <summary>The N+1 edges in Å or rad.</summary>
    public double[] ValuesInBaseUnit() => Array.ConvertAll(Values(), e => e * UnitSize);
}
