namespace LiveData.Bench.Pipeline;

/// <summary>One result as the dashboard received it: the job's cumulative count, its data time, and when it arrived.</summary>
public readonly record struct ResultSample(double Counts, long DataTimeNs, long ArrivalNs)
{
    public double LagSeconds => (ArrivalNs - DataTimeNs) / 1e9;
}
