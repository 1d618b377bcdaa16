using LiveData.Acceptance.Support.Waiting;
using LiveData.Core.Identity;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Watches how the shown results evolve across restarts of a workflow (its generations).</summary>
public sealed class GenerationDriver(WorkflowDriver workflow, DashboardDriver dashboard, ScenarioDiagnostics diagnostics)
{
    private static readonly TimeSpan GrowthTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan FastPoll = TimeSpan.FromMilliseconds(50);

    // The looks a scenario asks for (5) then span one batch window (1 s): a result of an earlier start that was
    // still in a service's open window is published, and would be shown, before the looks end.
    private static readonly TimeSpan LookInterval = TimeSpan.FromMilliseconds(200);

    public double LastTotalBeforeRestart { get; private set; }

    /// <summary>Waits until the cumulative total has strictly increased <paramref name="times"/> times.</summary>
    public async Task WaitForGrowthAsync(string source, int times, CancellationToken ct)
    {
        var totals = new List<double>();
        await Eventually.UntilAsync($"the cumulative total of {source} to grow {times} times", _ =>
        {
            dashboard.Backend.Update();
            if (workflow.CumulativeTotal(source) is { } total && (totals.Count == 0 || total > totals[^1]))
            {
                totals.Add(total);
            }
            return Task.FromResult((totals.Count > times, $"totals so far: [{string.Join(", ", totals)}]"));
        }, GrowthTimeout, diagnostics.DumpAsync, ct, FastPoll);
        LastTotalBeforeRestart = totals[^1];
    }

    /// <summary>The first cumulative total the dashboard shows after the latest start.</summary>
    public async Task<double> FirstTotalAsync(string source, CancellationToken ct) =>
        (double)await Eventually.UntilAsync<object>($"a first cumulative total of {source} after the restart", _ =>
        {
            dashboard.Backend.Update();
            return Task.FromResult(((object?)workflow.CumulativeTotal(source), "no cumulative result yet"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct, FastPoll);

    /// <summary>Waits until results stamped with the latest start's job number are shown.</summary>
    public Task WaitForLatestStartResultsAsync(CancellationToken ct)
    {
        var latest = workflow.Starts[^1][0].JobNumber;
        return Eventually.UntilAsync($"results of the latest start ({latest})", _ =>
        {
            dashboard.Backend.Update();
            var shown = workflow.ShownJobNumbers();
            return Task.FromResult((shown.Contains(latest), $"shown job numbers: [{string.Join(", ", shown)}]"));
        }, WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct, FastPoll);
    }

    /// <summary>Every job number that stamped shown results over <paramref name="looks"/> looks, 200 ms apart.</summary>
    public async Task<IReadOnlyList<JobNumber>> ShownJobNumbersAsync(int looks, CancellationToken ct)
    {
        var seen = new HashSet<JobNumber>();
        for (var look = 0; look < looks; look++)
        {
            dashboard.Backend.Update();
            seen.UnionWith(workflow.ShownJobNumbers());
            await Task.Delay(LookInterval, TimeProvider.System, ct);
        }
        return [.. seen];
    }
}
