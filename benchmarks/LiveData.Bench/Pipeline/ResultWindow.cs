namespace LiveData.Bench.Pipeline;

/// <summary>
/// The results of one measurement window: per source, the first and last new cumulative total seen
/// in it. Sources with fewer than two results in the window processed nothing measurable.
/// </summary>
public sealed class ResultWindow(IReadOnlyDictionary<string, (ResultSample First, ResultSample Last)> sources, int expectedSources)
{
    private IEnumerable<(ResultSample First, ResultSample Last)> Spans => sources.Values.Where(s => s.Last.DataTimeNs > s.First.DataTimeNs);

    /// <summary>Events histogrammed per second of data time, summed over sources (missing sources count as zero).</summary>
    public double EventsPerDataSecond => Spans.Sum(s => (s.Last.Counts - s.First.Counts) / ((s.Last.DataTimeNs - s.First.DataTimeNs) / 1e9));

    public double DataSeconds => Spans.Select(s => (s.Last.DataTimeNs - s.First.DataTimeNs) / 1e9).DefaultIfEmpty(0).Average();

    public double LagAtStartSeconds => Spans.Select(s => s.First.LagSeconds).DefaultIfEmpty(0).Average();

    /// <summary>The lag at the end; with sources missing, as if they fell behind by the whole window.</summary>
    public double LagAtEndSeconds => Spans.Count() == expectedSources
        ? Spans.Select(s => s.Last.LagSeconds).Average()
        : double.PositiveInfinity;
}
