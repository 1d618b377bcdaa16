namespace LiveData.Workflows.Parameters;

/// <summary>Upstream's <c>WavelengthEdges</c>: histogram bin edges along wavelength, in the unit the operator chose.</summary>
public sealed record WavelengthEdges(double Start, double Stop, int NumBins, string Scale, string Unit)
{
    public static readonly WavelengthEdges Default = new(1.0, 10.0, 100, "linear", WavelengthUnit.Angstrom);

    public bool IsLogarithmic => Scale == "log";

    /// <param name="defaults">The workflow's defaults for absent fields (<see cref="Default"/> unless given).</param>
    public static WavelengthEdges Read(ParamReader reader, WavelengthEdges? defaults = null)
    {
        var fallback = defaults ?? Default;
        var edges = new WavelengthEdges(
            reader.Number("start", fallback.Start),
            reader.Number("stop", fallback.Stop),
            reader.Integer("num_bins", fallback.NumBins, 1, TimeOfArrivalEdges.MaxBins),
            reader.Choice("scale", fallback.Scale, ["linear", "log"]),
            reader.Choice("unit", fallback.Unit, WavelengthUnit.Names));
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

    /// <summary>The N+1 edges in Å, the unit the lookup table gives.</summary>
    public double[] ValuesInAngstrom() => Array.ConvertAll(Values(), e => WavelengthUnit.ToAngstrom(e, Unit));
}
