using LiveData.Acceptance.Support.Waiting;
using LiveData.Core.Identity;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Sends a known set of events and checks the job's totals against what was sent: nothing lost, nothing
/// counted twice. The expectation is computed from the events actually sent.
/// </summary>
public sealed class ConservationDriver(RawDataDriver raw, WorkflowDriver workflow, DashboardDriver dashboard, PublishingDriver publishing, ScenarioDiagnostics diagnostics)
{
    // Per source, so a scenario sending for a monitor and a detector expects each total from its own events.
    private readonly Dictionary<string, List<int>> _sent = [];

    public void SendPulses(string source, int pulses, int eventsPerPulse, double fromMs, double toMs, CancellationToken ct)
    {
        var random = new Random(20261124);
        var batches = Enumerable.Range(0, pulses)
            .Select(_ => Enumerable.Range(0, eventsPerPulse).Select(_ => (int)((fromMs + random.NextDouble() * (toMs - fromMs)) * 1e6)).ToArray())
            .ToList();
        raw.SendPulses(source, batches, ct);
        Sent(source).AddRange(batches.SelectMany(b => b));
    }

    public Task WaitForTotalToMatchAsync(string source, double fromMs, double toMs, CancellationToken ct)
    {
        var (from, to) = (fromMs * 1e6, toMs * 1e6);
        var sent = Sent(source);
        return WaitForTotalAsync(source, sent.Count(t => t >= from && t < to), sent.Count, ct);
    }

    private List<int> Sent(string source) => _sent.TryGetValue(source, out var sent) ? sent : _sent[source] = [];

    /// <summary>Waits until the cumulative total is <paramref name="expected"/>, then checks it stays so once publishing settled.</summary>
    public async Task WaitForTotalAsync(string source, long expected, long sent, CancellationToken ct)
    {
        await Eventually.UntilAsync($"the cumulative total of {source} to reach {expected} of {sent} events sent", _ =>
        {
            dashboard.Backend.Update();
            var total = TotalShown(source);
            return Task.FromResult((total == expected, $"total {total?.ToString() ?? "none"}"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
        // Once nothing more is published, the total must still be exactly what was sent: no late double counting.
        await publishing.WaitForResultsDrainedAsync(ct);
        dashboard.Backend.Update();
        if (TotalShown(source) != expected || workflow.CumulativeTotal(source) != expected)
        {
            throw new InvalidOperationException($"After publishing settled, {source} shows {TotalShown(source)} (histogram {workflow.CumulativeTotal(source)}), but {expected} events were sent inside the range");
        }
    }

    /// <summary>The cumulative total the dashboard shows now, if any.</summary>
    public double? Total(string source)
    {
        dashboard.Backend.Update();
        return TotalShown(source);
    }

    private double? TotalShown(string source) =>
        dashboard.Backend.Results[new DataKey(workflow.Workflow, source, "counts_total_cumulative")]?.Data.Sum();
}
