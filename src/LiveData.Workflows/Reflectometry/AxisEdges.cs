using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Reflectometry;

/// <summary>
/// Upstream's <c>EdgesModel</c> for a quantity other than wavelength (<c>QEdges</c>, <c>ThetaEdges</c>): N+1 edges
/// from start to stop, linear or log, in a unit from a fixed set, each unit's size given in the unit the
/// reduction computes in (1/Å for Q, rad for θ).
/// </summary>
public sealed record AxisEdges(double Start, double Stop, int NumBins, string Scale, string Unit)
{
    public bool IsLogarithmic => Scale == "log";

    /// <exception cref="InvalidWorkflowParamsException">stop ≤ start, a log scale from start ≤ 0, or an unknown unit or scale.</exception>
    public static AxisEdges Read(ParamReader reader, AxisEdges defaults, IReadOnlyDictionary<string, double> unitSizes)
    {
        var edges = new AxisEdges(
            reader.Number("start", defaults.Start),
            reader.Number("stop", defaults.Stop),
            reader.Integer("num_bins", defaults.NumBins, 1, TimeOfArrivalEdges.MaxBins),
            reader.Choice("scale", defaults.Scale, ["linear", "log"]),
            reader.Choice("unit", defaults.Unit, [.. unitSizes.Keys]));
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

    /// <summary>The N+1 edges in <see cref="Unit"/>, spaced as upstream's <c>make_edges</c>.</summary>
    public double[] Values() => BinEdges.Values(Start, Stop, NumBins, IsLogarithmic);

    /// <summary>The N+1 edges multiplied by the size of <see cref="Unit"/> in <paramref name="unitSizes"/>.</summary>
    public double[] ValuesIn(IReadOnlyDictionary<string, double> unitSizes) => Array.ConvertAll(Values(), e => e * unitSizes[Unit]);
}
