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
        var unit = reader.Choice("unit", fallback.Unit, [.. units.Keys]);
        var edges = new PowderEdges(
            reader.Number("start", fallback.Start),
            reader.Number("stop", fallback.Stop),
            reader.Integer("num_bins", fallback.NumBins, 1, TimeOfArrivalEdges.MaxBins),
            reader.Choice("scale", fallback.Scale, ["linear", "log"]),
            unit,
            units[unit]);
        if (edges.Stop <= edges.Start)
        {
            throw reader.Invalid("stop", $"must be greater than start ({edges.Start}), got {edges.Stop}");
        }
        if (edges.IsLogarithmic && edges.Start <= 0)
        {
            throw reader.Invalid("start", $"must be positive for a log scale, got {edges.Start}");
        }
        return edges;
    }

    /// <summary>The N+1 edges in <see cref="Unit"/>, as upstream's <c>make_edges</c>.</summary>
    public double[] Values() => BinEdges.Values(Start, Stop, NumBins, IsLogarithmic);

    /// <summary>The N+1 edges in Å or rad.</summary>
    public double[] ValuesInBaseUnit() => Array.ConvertAll(Values(), e => e * UnitSize);
}
