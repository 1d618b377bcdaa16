using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Status;
using LiveData.Workflows;

namespace LiveData.Services.Jobs;

/// <summary>One running workflow instance for one source, with its schedule and accumulation times.</summary>
/// <param name="auxStreams">The streams chosen for the spec's auxiliary sources; their data feeds the workflow too.</param>
public sealed class Job(JobId id, WorkflowSpec spec, IWorkflow workflow, JobSchedule schedule, IReadOnlyList<string>? auxStreams = null) : IDisposable
{
    public JobId Id { get; } = id;

    /// <summary>
    /// Every stream whose data the workflow reads, in the order a batch's data is handed over: its context logs first
    /// (upstream sets a batch's context before it accumulates the batch's data), then its source and auxiliary streams.
    /// </summary>
    public IReadOnlyList<string> Streams { get; } = [.. spec.ContextStreams, id.SourceName, .. auxStreams ?? []];
    public WorkflowSpec Spec { get; } = spec;
    public JobState State { get; private set; } = JobState.Scheduled;
    public string? Warning { get; private set; }
    public string? Error { get; private set; }

    /// <summary>Data time of the first batch that fed this job since start or reset.</summary>
    public long? StartTime { get; private set; }

    /// <summary>Data time up to which this job has accumulated.</summary>
    public long? EndTime { get; private set; }

    public JobStatus Status => new(Id, Spec.Id, State, Warning, Error, StartTime, EndTime);

    public bool IsActive => State is JobState.Active or JobState.Warning or JobState.Error;

    /// <summary>Activates the job once data time reaches its scheduled start.</summary>
    public void Advance(long batchStartNs)
    {
        if (State == JobState.Scheduled && (schedule.StartTime is null || batchStartNs >= schedule.StartTime))
        {
            State = JobState.Active;
        }
    }

    /// <summary>Feeds one batch's data for this job's source and returns its outputs, or none if it failed.</summary>
    public IReadOnlyDictionary<string, DataArray> Process(IReadOnlyList<StreamData> data, long batchStartNs, long batchEndNs)
    {
        try
        {
            foreach (var item in data)
            {
                workflow.Accumulate(item);
            }
        }
        catch (Exception e)
        {
            (State, Warning) = (JobState.Warning, $"Accumulate failed: {e}");
            return new Dictionary<string, DataArray>();
        }
        StartTime ??= batchStartNs;
        EndTime = batchEndNs;
        try
        {
            var outputs = workflow.Finalize();
            (State, Warning, Error) = (JobState.Active, null, null);
            return outputs;
        }
        catch (Exception e)
        {
            (State, Error) = (JobState.Error, $"Finalize failed: {e}");
            return new Dictionary<string, DataArray>();
        }
    }

    /// <summary>Gives the workflow data outside a batch (ROIs, retained log samples); it shows in the next outputs.</summary>
    public void Feed(StreamData data) => workflow.Accumulate(data);

    public void Reset()
    {
        workflow.Reset();
        StartTime = null;
        EndTime = null;
    }

    /// <summary>Marks the job stopped for the final heartbeat at shutdown.</summary>
    public void MarkStopped() => State = JobState.Stopped;

    /// <summary>Frees what the workflow holds outside the managed heap (e.g. a detector view's ROI history) once the job is gone.</summary>
    public void Dispose() => (workflow as IDisposable)?.Dispose();
}
