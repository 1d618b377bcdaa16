using LiveData.Dashboard;

namespace LiveData.Web.Live;

/// <summary>The page's job table, workers and commands still awaiting an answer, read from the dashboard backend.</summary>
public static class StatusBoard
{
    public static DashboardStatus Read(DashboardBackend dashboard, DateTimeOffset now)
    {
        var workers = dashboard.Workers.Statuses.Values
            .OrderBy(w => w.ServiceName, StringComparer.Ordinal).ThenBy(w => w.WorkerId, StringComparer.Ordinal)
            .Select(w => new WorkerRow(w.ServiceName, w.WorkerId, w.State.ToString().ToLowerInvariant(), dashboard.Workers.IsStale(w.WorkerKey), w.ActiveJobCount))
            .ToList();
        var jobs = dashboard.Jobs.Statuses.Values
            .Select(s =>
            {
                var current = dashboard.Jobs.ActiveJobNumber(s.WorkflowId) == s.JobId.JobNumber;
                var service = dashboard.Instrument.FindWorkflow(s.WorkflowId)?.ServiceName ?? "";
                return new JobRow(
                    s.WorkflowId.Name,
                    s.JobId.SourceName,
                    s.JobId.JobNumber.ToString()[..8],
                    s.State.ToString().ToLowerInvariant(),
                    current,
                    dashboard.Jobs.IsStale(s.JobId),
                    dashboard.Jobs.HeartbeatAge(s.JobId)?.TotalSeconds,
                    service,
                    string.Join(", ", workers.Where(w => w.Service == service).Select(w => w.WorkerId)),
                    s.Error ?? s.Warning);
            })
            .OrderByDescending(j => j.Current).ThenBy(j => j.Workflow, StringComparer.Ordinal).ThenBy(j => j.Source, StringComparer.Ordinal)
            .ToList();
        var pending = dashboard.Workflows.PendingCommands
            .Select(c => new PendingRow(c.Description, c.ResponsesAwaited, (now - c.SentAt).TotalSeconds))
            .ToList();
        return new DashboardStatus(jobs, workers, pending);
    }
}

public sealed record DashboardStatus(IReadOnlyList<JobRow> Jobs, IReadOnlyList<WorkerRow> Workers, IReadOnlyList<PendingRow> Pending);

/// <summary>One job: <paramref name="Current"/> when it belongs to the generation the dashboard shows.</summary>
public sealed record JobRow(string Workflow, string Source, string Job, string State, bool Current, bool Stale, double? HeartbeatAgeSeconds, string Service, string Workers, string? Message);

public sealed record WorkerRow(string Service, string WorkerId, string State, bool Stale, int ActiveJobs);

public sealed record PendingRow(string Command, int ResponsesAwaited, double AgeSeconds);
