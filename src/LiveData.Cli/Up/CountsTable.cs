using System.Globalization;
using LiveData.Core.Identity;
using LiveData.Dashboard;
using Spectre.Console;

namespace LiveData.Cli.Up;

/// <summary>What <c>livedata up</c> shows: the total counts of every output of one workflow, per source.</summary>
public sealed class CountsTable(DashboardBackend dashboard, WorkflowId workflowId)
{
    public IReadOnlyList<(DataKey Key, double Total, string Shape)> Rows() =>
        [.. dashboard.Results.Snapshot()
            .Where(e => e.Key.WorkflowId == workflowId)
            .OrderBy(e => e.Key.SourceName, StringComparer.Ordinal)
            .ThenBy(e => e.Key.OutputName, StringComparer.Ordinal)
            .Select(e => (e.Key, e.Value.Value.Data.Sum(), Shape(e.Value.Value.Sizes)))];

    public Table Render(TimeSpan elapsed)
    {
        var table = new Table()
            .Title($"[bold]{workflowId}[/] on {dashboard.Instrument.Name} — {elapsed.TotalSeconds:0} s")
            .AddColumn("Source").AddColumn("Output").AddColumn(new TableColumn("Counts").RightAligned()).AddColumn("Shape").AddColumn("Job");
        var states = dashboard.Jobs.Statuses.Values
            .Where(s => s.WorkflowId == workflowId && s.JobId.JobNumber == dashboard.Jobs.ActiveJobNumber(workflowId))
            .ToDictionary(s => s.JobId.SourceName, s => s.State.ToString().ToLowerInvariant());
        foreach (var (key, total, shape) in Rows())
        {
            table.AddRow(key.SourceName, key.OutputName, total.ToString("N0", CultureInfo.InvariantCulture), shape, states.GetValueOrDefault(key.SourceName, "?"));
        }
        if (table.Rows.Count == 0)
        {
            table.AddRow("[grey]waiting for the first results…[/]", "", "", "", "");
        }
        return table;
    }

    /// <summary>One plain line for logs and non-interactive terminals.</summary>
    public string Summary(TimeSpan elapsed) =>
        string.Create(CultureInfo.InvariantCulture, $"t={elapsed.TotalSeconds:0}s ")
        + string.Join("  ", Rows().Where(r => r.Key.OutputName == "counts_total_cumulative")
            .Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key.SourceName} total={r.Total:0}")));

    private static string Shape(IReadOnlyDictionary<string, long> sizes) =>
        sizes.Count == 0 ? "scalar" : string.Join(" × ", sizes.Select(s => $"{s.Key}={s.Value}"));
}
