namespace LiveData.Workflows.Parameters;

/// <summary>Histogram bin edges along time-of-arrival, in the unit the operator chose.</summary>
public sealed record TimeOfArrivalEdges(double Start, double Stop, int NumBins, string Scale, string Unit)
{
    public const int MaxBins = 10_000;

    /// <summary>ceil(1000/14, 2 dp): one 14 Hz pulse period in ms.</summary>
    public static readonly TimeOfArrivalEdges Default = new(0.0, 71.43, 100, "linear", "ms");

    public bool IsLogarithmic => Scale == "log";

    public static TimeOfArrivalEdges Read(ParamReader reader)
    {
        var edges = new TimeOfArrivalEdges(
            reader.Number("start", Default.Start),
            reader.Number("stop", Default.Stop),
            reader.Integer("num_bins", Default.NumBins, 1, MaxBins),
            reader.Choice("scale", Default.Scale, ["linear", "log"]),
            reader.Choice("unit", Default.Unit, TimeUnit.Names));
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

    /// <summary>The N+1 edges in <see cref="Unit"/>.</summary>
    public double[] Values() => BinEdges.Values(Start, Stop, NumBins, IsLogarithmic);
}
