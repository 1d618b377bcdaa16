using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Sans;

/// <summary>Upstream's <c>QEdges</c>: histogram bin edges along the momentum transfer Q, in 1/Å or 1/nm.</summary>
public sealed record QEdges(double Start, double Stop, int NumBins, string Scale, string Unit)
{
    public const string PerAngstrom = "1/Å";
    public const string PerNanometre = "1/nm";

    /// <summary>LoKI's I(Q) default: 0.01 to 0.3 1/Å in 20 linear bins.</summary>
    public static readonly QEdges Default = new(0.01, 0.3, 20, "linear", PerAngstrom);

    public bool IsLogarithmic => Scale == "log";

    public static QEdges Read(ParamReader reader)
    {
        var edges = new QEdges(
            reader.Number("start", Default.Start),
            reader.Number("stop", Default.Stop),
            reader.Integer("num_bins", Default.NumBins, 1, TimeOfArrivalEdges.MaxBins),
            reader.Choice("scale", Default.Scale, ["linear", "log"]),
            reader.Choice("unit", Default.Unit, [PerAngstrom, PerNanometre]));
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

    /// <summary>The N+1 edges in 1/Å, the unit Q is computed in (1/nm is a tenth of 1/Å).</summary>
    public double[] ValuesPerAngstrom() => Array.ConvertAll(Values(), e => Unit == PerNanometre ? e / 10.0 : e);
}
