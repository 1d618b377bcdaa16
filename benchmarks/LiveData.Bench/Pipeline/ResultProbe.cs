using LiveData.Core.Identity;
using LiveData.Core.Time;
using LiveData.Dashboard;
using LiveData.Workflows;

namespace LiveData.Bench.Pipeline;

/// <summary>
/// Watches the dashboard's cumulative totals ("counts_total_cumulative") of one workflow's jobs and
/// records, per source, each new result with its data time and arrival time: the service's progress as
/// seen from outside it, which is what an operator sees too.
/// </summary>
public sealed class ResultProbe(DashboardResults results, WorkflowId workflowId, IReadOnlyCollection<string> sources, TimeProvider clock)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);

    /// <summary>Sources that have at least one cumulative total.</summary>
    public IReadOnlyCollection<string> SourcesWithResults() => [.. Latest().Keys];

    public async Task<ResultWindow> WatchAsync(TimeSpan window, CancellationToken ct)
    {
        var seen = Latest().ToDictionary(e => e.Key, e => e.Value.DataTimeNs);
        var spans = new Dictionary<string, (ResultSample First, ResultSample Last)>();
        var started = clock.GetTimestamp();
        while (clock.GetElapsedTime(started) < window)
        {
            await Task.Delay(Poll, clock, ct);
            var now = EpochNanoseconds.Now(clock);
            foreach (var (source, sample) in Latest())
            {
                if (seen.GetValueOrDefault(source) == sample.DataTimeNs)
                {
                    continue;
                }
                seen[source] = sample.DataTimeNs;
                var arrived = sample with { ArrivalNs = now };
                spans[source] = spans.TryGetValue(source, out var span) ? (span.First, arrived) : (arrived, arrived);
            }
        }
        return new ResultWindow(spans, sources.Count);
    }

    private Dictionary<string, ResultSample> Latest()
    {
        var latest = new Dictionary<string, ResultSample>();
        foreach (var (key, (value, _)) in results.Snapshot())
        {
            if (key.WorkflowId == workflowId && key.OutputName == TimeOfArrivalOutputs.CountsTotalCumulative && sources.Contains(key.SourceName)
                && value.Coord("time") is { } time)
            {
                latest[key.SourceName] = new ResultSample(value.Data.Sum(), (long)time.ToDoubles()[0], 0);
            }
        }
        return latest;
    }
}
