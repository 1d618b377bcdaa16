namespace LiveData.Workflows.Parameters;

/// <summary>Histogram bin edges along time-of-arrival, in the unit the operator chose.</summary>
public sealed record TimeOfArrivalEdges(double Start, double Stop, int NumBins, string Scale, string Unit)
{
    public const int MaxBins = EdgeFields.MaxBins;

    /// <summary>ceil(1000/14, 2 dp): one 14 Hz pulse period in ms.</summary>
    public static readonly TimeOfArrivalEdges Default = new(0.0, 71.43, 100, "linear", "ms");

    public bool IsLogarithmic => Scale == "log";

    public static TimeOfArrivalEdges Read(ParamReader reader)
    {
        var (start, stop, numBins, scale, unit) = EdgeFields.Read(reader, new(Default.Start, Default.Stop, Default.NumBins, Default.Scale, Default.Unit), TimeUnit.Names);
        return new TimeOfArrivalEdges(start, stop, numBins, scale, unit);
    }

    /// <summary>The N+1 edges in <see cref="Unit"/>.</summary>
    public double[] Values() => BinEdges.Values(Start, Stop, NumBins, IsLogarithmic);
}
