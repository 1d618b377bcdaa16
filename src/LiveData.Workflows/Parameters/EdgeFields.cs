namespace LiveData.Workflows.Parameters;

/// <summary>
/// The fields every upstream edges model has (start, stop, num_bins, scale, unit), read and checked once for all of
/// them: stop above start, and a positive start on a log scale.
/// </summary>
public readonly record struct EdgeFields(double Start, double Stop, int NumBins, string Scale, string Unit)
{
    public const int MaxBins = 10_000;

    public bool IsLogarithmic => Scale == "log";

    /// <param name="defaults">The model's defaults, taken for absent fields.</param>
    /// <param name="units">The units the model allows.</param>
    public static EdgeFields Read(ParamReader reader, EdgeFields defaults, IReadOnlyCollection<string> units)
    {
        var edges = new EdgeFields(
            reader.Number("start", defaults.Start),
            reader.Number("stop", defaults.Stop),
            reader.Integer("num_bins", defaults.NumBins, 1, MaxBins),
            reader.Choice("scale", defaults.Scale, ["linear", "log"]),
            reader.Choice("unit", defaults.Unit, units));
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

    /// <summary>The N+1 edges in <see cref="Unit"/>, spaced as upstream's <c>make_edges</c> (linspace or geomspace).</summary>
    public double[] Values() => BinEdges.Values(Start, Stop, NumBins, IsLogarithmic);

    /// <summary>The N+1 edges multiplied by the size of <see cref="Unit"/> in <paramref name="unitSizes"/> (e.g. deg → rad).</summary>
    public double[] ValuesIn(IReadOnlyDictionary<string, double> unitSizes)
    {
        var size = unitSizes[Unit];
        return Array.ConvertAll(Values(), e => e * size);
    }
}
