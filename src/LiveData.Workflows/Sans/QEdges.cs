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
        var (start, stop, numBins, scale, unit) = EdgeFields.Read(reader, new(Default.Start, Default.Stop, Default.NumBins, Default.Scale, Default.Unit), [PerAngstrom, PerNanometre]);
        return new QEdges(start, stop, numBins, scale, unit);
    }

    /// <summary>The N+1 edges in <see cref="Unit"/>, spaced as upstream's <c>make_edges</c>.</summary>
    public double[] Values() => BinEdges.Values(Start, Stop, NumBins, IsLogarithmic);

    /// <summary>The N+1 edges in 1/Å, the unit Q is computed in (1/nm is a tenth of 1/Å).</summary>
    public double[] ValuesPerAngstrom() => Array.ConvertAll(Values(), e => Unit == PerNanometre ? e / 10.0 : e);
}
