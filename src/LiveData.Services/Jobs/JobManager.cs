using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Instruments;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Services.Batching;
using LiveData.Services.Routing;
using LiveData.Workflows;
using LiveData.Workflows.Unavailable;
using Microsoft.Extensions.Logging;

namespace LiveData.Services.Jobs;

/// <summary>
/// The jobs of one worker: creates, replaces, resets and stops them on command, feeds them each batch
/// and stamps their outputs with time coordinates. Commands for workflows this worker does not host
/// are ignored silently, because another service owns them.
/// </summary>
public sealed class JobManager(Instrument instrument, string serviceName, IInstrumentFiles files, ILogger<JobManager> logger) : IDisposable
{
    /// <summary>Log samples kept per stream for jobs that start later (upstream bounds its buffer the same way).</summary>
    public const int RetainedLogSamples = 10_000;
    private readonly Dictionary<JobId, Job> _jobs = [];
    private readonly Dictionary<string, Queue<LogSample>> _retainedLogs = [];

    public IReadOnlyCollection<Job> Jobs => _jobs.Values;

    public CommandOutcome Handle(Command command) => command switch
    {
        WorkflowConfig config => Configure(config),
        JobCommand jobCommand => Apply(jobCommand),
        _ => CommandOutcome.NotForThisWorker,
    };

    public IReadOnlyList<JobResult> Process(MessageBatch batch)
    {
        var results = new List<JobResult>();
        var byStream = batch.ByStream.ToDictionary(g => g.Key, g => g.ToList());
        Retain(batch);
        foreach (var job in _jobs.Values)
        {
            job.Advance(batch.StartNs);
            if (!job.IsActive)
            {
                continue;
            }
            var data = job.Streams.Where(byStream.ContainsKey).SelectMany(s => StreamDataOf(s, byStream[s])).ToList();
            if (data.Count == 0)
            {
                continue;
            }
            var outputs = job.Process(data, batch.StartNs, batch.EndNs);
            results.AddRange(outputs.Select(o => Stamp(job, o.Key, o.Value, batch)));
        }
        return results;
    }

    /// <summary>Hands ROIs to the job they address; ROIs for a job this worker does not run are ignored.</summary>
    public void ApplyRois(RoiMessage message)
    {
        if (_jobs.TryGetValue(message.Job, out var job))
        {
            job.Feed(message.Rois);
            logger.LogInformation("Applied {Count} ROIs ({Source}) to job {JobId}", message.Rois.Regions.Count, message.Rois.StreamName, job.Id);
        }
    }

    /// <summary>Ends every job's workflow (the service is stopping).</summary>
    public void Dispose()
    {
        foreach (var job in _jobs.Values)
        {
            job.Dispose();
        }
        _jobs.Clear();
    }

    public void MarkAllStopped()
    {
        foreach (var job in _jobs.Values)
        {
            job.MarkStopped();
        }
    }

    private CommandOutcome Configure(WorkflowConfig config)
    {
        if (config.Identifier.Instrument != instrument.Name || instrument.FindWorkflow(config.Identifier) is not { } spec || spec.ServiceName != serviceName)
        {
            return CommandOutcome.NotForThisWorker;
        }
        var source = config.JobId.SourceName;
        if (!spec.SourceNames.Contains(source))
        {
            return Err(config, $"Source '{source}' is not allowed for workflow {spec.Id}. Allowed: {string.Join(", ", spec.SourceNames)}");
        }
        if (AuxSourcesOf(spec, config.AuxSourceNames) is not { } aux)
        {
            return Err(config, AuxSourceProblem(spec, config.AuxSourceNames));
        }
        IWorkflow workflow;
        try
        {
            workflow = spec.AuxSources.Count == 0
                ? spec.Factory.Create(source, config.Params, files)
                : spec.Factory.Create(source, aux, config.Params, files);
        }
        catch (InvalidWorkflowParamsException e)
        {
            return Err(config, $"Invalid parameters for {spec.Id}: {e.Message}");
        }
        catch (WorkflowNotAvailableException e)
        {
            return Err(config, e.Message);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Building workflow {WorkflowId} for {Source} failed", spec.Id, source);
            return Err(config, $"Could not build workflow {spec.Id}: {e.Message}");
        }
        var replaced = _jobs.TryGetValue(config.JobId, out var previous);
        var job = new Job(config.JobId, spec, workflow, config.Schedule, [.. aux.Values]);
        foreach (var stream in spec.ContextStreams.Prepend(source))
        {
            if (_retainedLogs.TryGetValue(stream, out var backlog))
            {
                // A job started after log data passed still starts from the samples seen so far.
                job.Feed(new LogStreamData(stream, [.. backlog]));
            }
        }
        previous?.Dispose();
        _jobs[config.JobId] = job;
        logger.LogInformation("{Action} job {JobId} of {WorkflowId}", replaced ? "Replaced" : "Scheduled", config.JobId, spec.Id);
        return new CommandOutcome(CommandAcknowledgement.Ack(config.MessageId, source));
    }

    // The stream per declared role: the config's choice or the role's default; null if a role is unknown or a choice not allowed.
    private static Dictionary<string, string>? AuxSourcesOf(WorkflowSpec spec, IReadOnlyDictionary<string, string> chosen)
    {
        if (chosen.Keys.Any(role => spec.AuxSources.All(a => a.Role != role)))
        {
            return null;
        }
        var streams = spec.AuxSources.ToDictionary(a => a.Role, a => chosen.GetValueOrDefault(a.Role, a.Default));
        return spec.AuxSources.All(a => a.Choices.Contains(streams[a.Role])) ? streams : null;
    }

    private static string AuxSourceProblem(WorkflowSpec spec, IReadOnlyDictionary<string, string> chosen)
    {
        if (spec.AuxSources.Count == 0)
        {
            return $"Workflow {spec.Id} takes no auxiliary sources, got: {string.Join(", ", chosen.Keys)}";
        }
        var unknown = chosen.Keys.Where(role => spec.AuxSources.All(a => a.Role != role)).ToList();
        return unknown.Count > 0
            ? $"Workflow {spec.Id} has no auxiliary source {string.Join(", ", unknown)}. Roles: {string.Join(", ", spec.AuxSources.Select(a => a.Role))}"
            : string.Join("; ", spec.AuxSources.Where(a => chosen.TryGetValue(a.Role, out var s) && !a.Choices.Contains(s))
                .Select(a => $"Auxiliary source {a.Role} of {spec.Id} must be one of {string.Join(", ", a.Choices)}, got: {chosen[a.Role]}"));
    }

    private CommandOutcome Apply(JobCommand command)
    {
        var targets = _jobs.Values.Where(job => command.JobId is { } id
            ? job.Id == id
            : command.WorkflowId is not { } workflowId || job.Spec.Id == workflowId).ToList();
        if (targets.Count == 0)
        {
            return CommandOutcome.NotForThisWorker;
        }
        var error = command.Action switch
        {
            JobAction.Stop => Stop(targets),
            JobAction.Reset => Reset(targets),
            _ => $"Action '{command.Action.ToString().ToLowerInvariant()}' is not implemented",
        };
        return new CommandOutcome(error is null
            ? CommandAcknowledgement.Ack(command.MessageId, command.Device)
            : CommandAcknowledgement.Err(command.MessageId, command.Device, error));
    }

    private string? Stop(List<Job> targets)
    {
        foreach (var job in targets)
        {
            _jobs.Remove(job.Id);
            job.Dispose();
            logger.LogInformation("Stopped job {JobId} of {WorkflowId}", job.Id, job.Spec.Id);
        }
        return null;
    }

    private static string? Reset(List<Job> targets)
    {
        var unsupported = targets.Where(j => !j.Spec.SupportsReset).Select(j => j.Spec.Id.ToString()).Distinct().ToList();
        if (unsupported.Count > 0)
        {
            return $"Workflow {string.Join(", ", unsupported)} does not support reset";
        }
        foreach (var job in targets)
        {
            job.Reset();
        }
        return null;
    }

    private static List<StreamData> StreamDataOf(string stream, List<StreamMessage> messages)
    {
        var data = new List<StreamData>();
        var events = messages.OfType<EventMessage>().Select(m => m.Ev44).ToList();
        if (events.Count > 0)
        {
            data.Add(new EventStreamData(stream, events));
        }
        var histograms = messages.OfType<HistogramMessage>().Select(m => m.Counts).ToList();
        if (histograms.Count > 0)
        {
            data.Add(new HistogramStreamData(stream, histograms));
        }
        var samples = messages.OfType<LogMessage>().Select(m => m.Sample).ToList();
        if (samples.Count > 0)
        {
            data.Add(new LogStreamData(stream, samples));
        }
        var images = messages.OfType<ImageMessage>().Select(m => m.Image).ToList();
        if (images.Count > 0)
        {
            data.Add(new ImageStreamData(stream, images));
        }
        return data;
    }

    private void Retain(MessageBatch batch)
    {
        foreach (var log in batch.Messages.OfType<LogMessage>())
        {
            if (!_retainedLogs.TryGetValue(log.Stream, out var samples))
            {
                _retainedLogs[log.Stream] = samples = new();
            }
            // A queue drops the oldest sample in O(1); RemoveAt(0) shifted all 10,000 on every log message once full.
            samples.Enqueue(log.Sample);
            if (samples.Count > RetainedLogSamples)
            {
                samples.Dequeue();
            }
        }
    }

    private static CommandOutcome Err(WorkflowConfig config, string message) =>
        new(CommandAcknowledgement.Err(config.MessageId, config.JobId.SourceName, message));

    // Cumulative outputs span the job's accumulation; window outputs span the batch just closed.
    private static JobResult Stamp(Job job, string outputName, DataArray value, MessageBatch batch)
    {
        var spec = job.Spec.Output(outputName);
        if (spec?.Temporality == Temporality.Series)
        {
            // Series carry their own time axis and no start_time, as upstream's timeseries outputs.
            return new JobResult(new ResultKey(job.Spec.Id, job.Id, outputName), job.StartTime ?? batch.StartNs, value with { Name = spec.Title });
        }
        var (start, end) = spec?.Temporality == Temporality.Window
            ? (batch.StartNs, batch.EndNs)
            : (job.StartTime ?? batch.StartNs, job.EndTime ?? batch.EndNs);
        var stamped = value
            .WithCoord("start_time", Variable.Scalar(start, "ns"))
            .WithCoord("time", Variable.Scalar(end, "ns"));
        return new JobResult(new ResultKey(job.Spec.Id, job.Id, outputName), job.StartTime ?? batch.StartNs, stamped with { Name = spec?.Title ?? value.Name });
    }
}
