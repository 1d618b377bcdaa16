using System.Globalization;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Dashboard;
using Spectre.Console;

namespace LiveData.Cli.Up;

/// <summary>
/// What <c>livedata up</c> shows: every output of one workflow per source — the total of counts, or a log's latest value.
/// </summary>
/// <param name="takesNotifications">Whether the table shows the dashboard's notifications; not when the web page shows them (each is taken once).</param>
public sealed class CountsTable(DashboardBackend dashboard, WorkflowId workflowId, bool takesNotifications = true)
{
    private const int NoticesShown = 3;
    private readonly List<string> _notices = [];

    public IReadOnlyList<(DataKey Key, double Total, string Unit, string Shape)> Rows() =>
        [.. dashboard.Results.Snapshot()
            .Where(e => e.Key.WorkflowId == workflowId)
            .OrderBy(e => e.Key.SourceName, StringComparer.Ordinal)
            .ThenBy(e => e.Key.OutputName, StringComparer.Ordinal)
            .Select(e => (e.Key, Value(e.Value.Value), e.Value.Value.Data.Unit ?? "", Shape(e.Value.Value.Sizes)))];

    public Table Render(TimeSpan elapsed)
    {
        var table = new Table()
            .Title($"[bold]{workflowId}[/] on {dashboard.Instrument.Name} — {elapsed.TotalSeconds:0} s")
            .AddColumn("Source").AddColumn("Output").AddColumn(new TableColumn("Total / latest").RightAligned()).AddColumn("Unit").AddColumn("Shape").AddColumn("Job");
        var states = dashboard.Jobs.Statuses.Values
            .Where(s => s.WorkflowId == workflowId && s.JobId.JobNumber == dashboard.Jobs.ActiveJobNumber(workflowId))
            .ToDictionary(s => s.JobId.SourceName, s => s.State.ToString().ToLowerInvariant());
        foreach (var (key, total, unit, shape) in Rows())
        {
            table.AddRow(Markup.Escape(key.SourceName), key.OutputName, total.ToString("#,0.###", CultureInfo.InvariantCulture), Markup.Escape(unit), shape, states.GetValueOrDefault(key.SourceName, "?"));
        }
        if (table.Rows.Count == 0)
        {
            table.AddRow("[grey]waiting for the first results…[/]", "", "", "", "", "");
        }
        TakeNotices();
        if (_notices.Count > 0)
        {
            table.Caption(string.Join(Environment.NewLine, _notices.Select(Markup.Escape)));
        }
        return table;
    }

    /// <summary>One plain line for logs and non-interactive terminals.</summary>
    public string Summary(TimeSpan elapsed)
    {
        var notices = TakeNotices().Select(n => n + Environment.NewLine);
        var rows = Rows();
        var totals = rows.Where(r => r.Key.OutputName == "counts_total_cumulative").ToList();
        return string.Concat(notices) + string.Create(CultureInfo.InvariantCulture, $"t={elapsed.TotalSeconds:0}s ")
            + (totals.Count > 0
                ? string.Join("  ", totals.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key.SourceName} total={r.Total:0}")))
                : string.Join("  ", rows.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key.SourceName} {r.Key.OutputName}={r.Total:0.###} {r.Unit}"))));
    }

    // The dashboard's notifications since the last call (a service's ERR reason, a command nobody answered); the
    // newest few stay under the table.
    private List<string> TakeNotices()
    {
        var fresh = new List<string>();
        while (takesNotifications && dashboard.Workflows.TryTakeNotification(out var notification))
        {
            fresh.Add(notification.IsError ? $"error: {notification.Text}" : notification.Text);
        }
        _notices.AddRange(fresh);
        _notices.RemoveRange(0, Math.Max(0, _notices.Count - NoticesShown));
        return fresh;
    }

    // A series along time (a log) is shown by its newest sample; anything else by its sum.
    private static double Value(DataArray result) =>
        result.Data.Dims is ["time"] && result.Data.Length > 0 ? result.Data.ToDoubles()[^1] : result.Data.Sum();

    private static string Shape(IReadOnlyDictionary<string, long> sizes) =>
        sizes.Count == 0 ? "scalar" : string.Join(" × ", sizes.Select(s => $"{s.Key}={s.Value}"));
}
