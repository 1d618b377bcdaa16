using LiveData.Acceptance.Support.Waiting;
using LiveData.Identity;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Sends a known set of events and checks the job's totals against what was sent: nothing lost, nothing
/// counted twice. The expectation is computed from the events actually sent.
/// </summary>
public sealed class ConservationDriver(RawDataDriver raw, WorkflowDriver workflow, DashboardDriver dashboard, PublishingDriver publishing, ScenarioDiagnostics diagnostics)
{
    private readonly List<int> _sent = [];

    public void SendPulses(string source, int pulses, int eventsPerPulse, double fromMs, double toMs, CancellationToken ct)
    {
        var random = new Random(20261124);
        var batches = Enumerable.Range(0, pulses)
            .Select(_ => Enumerable.Range(0, eventsPerPulse).Select(_ => (int)((fromMs + random.NextDouble() * (toMs - fromMs)) * 1e6)).ToArray())
            .ToList();
        raw.SendMonitorPulses(source, batches, ct);
        _sent.AddRange(batches.SelectMany(b => b));
    }

    public async Task WaitForTotalToMatchAsync(string source, double fromMs, double toMs, CancellationToken ct)
    {
        var (from, to) = (fromMs * 1e6, toMs * 1e6);
        var expected = _sent.Count(t => t >= from && t < to);
        await Eventually.UntilAsync($"the cumulative total of {source} to reach {expected} of {_sent.Count} events sent", _ =>
        {
            dashboard.Backend.Update();
            var total = Total(source);
            return Task.FromResult((total == expected, $"total {total?.ToString() ?? "none"}"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
        // Once nothing more is published, the total must still be exactly what was sent: no late double counting.
        await publishing.WaitForResultsStoppedAsync(ct);
        dashboard.Backend.Update();
        if (Total(source) != expected || workflow.CumulativeTotal(source) != expected)
        {
            throw new InvalidOperationException($"After publishing settled, {source} shows {Total(source)} (histogram {workflow.CumulativeTotal(source)}), but {expected} events were sent inside the range");
        }
    }

    private double? Total(string source) =>
        dashboard.Backend.DataService[new DataKey(workflow.Workflow, source, "counts_total_cumulative")]?.Data.Sum();
}
