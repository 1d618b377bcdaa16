using System.Text.Json;
using LiveData.Dashboard.Config;
using LiveData.Protocol.Status;

namespace LiveData.Dashboard.Jobs;

/// <summary>
/// Where the jobs of one workflow stand for the dashboard. It moves only by its named transitions: the
/// operator commits or stops, a heartbeat shows a running job to adopt, the backend ends the desired jobs.
/// A transition returns the next state and does nothing else; the orchestrator carries out what it implies
/// (commands, data generation, record), so deciding and acting stay apart.
/// </summary>
public abstract record JobLifecycle
{
    // Adopted jobs came from someone else: their parameters are unknown, shown as none.
    private static readonly JsonElement UnknownParams = JsonSerializer.SerializeToElement(new Dictionary<string, object>());

    // The states below are the whole lifecycle; nobody outside adds one.
    private protected JobLifecycle()
    {
    }

    /// <summary>The job set that should be running, if any.</summary>
    public virtual JobSet? Desired => null;

    /// <summary>The operator started (or restarted) the workflow with this job set.</summary>
    internal JobLifecycle Commit(JobSet jobSet) => new Committed(jobSet);

    /// <summary>The operator stopped the workflow: any job of it still running is unwanted until the next commit.</summary>
    internal JobLifecycle StopByOperator() => new StoppedByOperator();

    /// <summary>Every desired job reported stopped without being asked to; nothing is desired any more.</summary>
    internal JobLifecycle EndByBackend() => Desired is null ? this : new EndedByBackend();

    /// <summary>
    /// A job heartbeat says <paramref name="running"/> runs (its state is not stopped). With nothing desired
    /// (and not stopped by the operator) the job is re-attached if <paramref name="recorded"/> names it, or
    /// adopted with unknown parameters if there is no record; an adopted job set takes in more sources of its
    /// job, and a job started later replaces it. Anything else leaves the lifecycle as it is.
    /// </summary>
    internal JobLifecycle Adopt(JobStatus running, CurrentJobRecord? recorded) => this switch
    {
        Idle or EndedByBackend => AdoptAfresh(running, recorded),
        Adopted adopted when adopted.Jobs.JobNumber == running.JobId.JobNumber => adopted.Including(running.JobId.SourceName),
        Adopted adopted when (running.StartTime ?? 0) > adopted.StartTime => AdoptAfresh(running, recorded),
        _ => this,
    };

    private JobLifecycle AdoptAfresh(JobStatus running, CurrentJobRecord? recorded)
    {
        var number = running.JobId.JobNumber;
        if (recorded is not null)
        {
            // The job this dashboard (or its predecessor) started: re-attach with the recorded parameters.
            return recorded.JobNumber == number ? new Committed(new JobSet(number, recorded.Jobs)) : this;
        }
        return new Adopted(new JobSet(number, new Dictionary<string, JsonElement> { [running.JobId.SourceName] = UnknownParams }), running.StartTime ?? 0);
    }

    /// <summary>Nothing desired, nothing decided: the dashboard has neither started nor seen a job of the workflow.</summary>
    public sealed record Idle : JobLifecycle;

    /// <summary>The job set the operator committed, here or (re-attached from the record) in an earlier session.</summary>
    public sealed record Committed(JobSet Jobs) : JobLifecycle
    {
        public override JobSet? Desired => Jobs;
    }

    /// <summary>A job set seen running that nobody here started, with the start time that let it win over others.</summary>
    public sealed record Adopted(JobSet Jobs, long StartTime) : JobLifecycle
    {
        public override JobSet? Desired => Jobs;

        internal Adopted Including(string source) => Jobs.ParamsBySource.ContainsKey(source)
            ? this
            : this with { Jobs = Jobs with { ParamsBySource = new Dictionary<string, JsonElement>(Jobs.ParamsBySource) { [source] = UnknownParams } } };
    }

    /// <summary>The operator stopped the workflow in this session.</summary>
    public sealed record StoppedByOperator : JobLifecycle;

    /// <summary>The backend ended the desired jobs (they all reported stopped) without the operator asking.</summary>
    public sealed record EndedByBackend : JobLifecycle;
}
