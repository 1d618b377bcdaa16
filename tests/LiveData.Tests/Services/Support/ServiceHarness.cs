using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Results;
using LiveData.Services.Backend;
using LiveData.Services.Batching;
using LiveData.Services.Jobs;
using LiveData.Services.Publishing;
using LiveData.Services.Routing;
using LiveData.Wire.Da00;
using LiveData.Workflows;

namespace LiveData.Tests.Services.Support;

/// <summary>
/// One backend service in process, as upstream's LivedataApp: fake records in, the real adapter, job manager
/// and outbox, and a naive batcher so everything one <see cref="Step"/> consumes is one batch.
/// </summary>
public sealed class ServiceHarness
{
    private readonly RecordQueue _source = new();
    private readonly RecordingSink _sink = new();
    private readonly ServiceCycle _cycle;

    /// <param name="hosted">The sources this worker hosts (<c>--sources</c>); all when null.</param>
    public ServiceHarness(string instrument, string service, HostedSources? hosted = null)
    {
        Instrument = InstrumentCatalog.Get(instrument);
        Topics = InstrumentTopics.For(instrument);
        var statistics = new StreamStatisticsCollector(TimeProvider.System, TimeSpan.FromSeconds(30));
        var adapter = new RawMessageAdapter(Topics, BackendServiceCatalog.RoutesFor(service, Instrument, Topics, hosted: hosted), statistics, NullLogger<RawMessageAdapter>.Instance);
        Jobs = new JobManager(Instrument, service, NoInstrumentFiles.Instance, NullLogger<JobManager>.Instance);
        _cycle = new ServiceCycle(adapter, new SkippedRecordCounter(statistics, NullLogger.Instance), Jobs, new ImmediateBatcher(), new ServiceOutbox(_sink, Topics, new HeartbeatOrigin("1", "h", 1), Instrument.NicosDevices), NullLogger.Instance, hosted, new DeviceSynthesizer(Instrument.Logs.Devices));
    }

    public Instrument Instrument { get; }
    public InstrumentTopics Topics { get; }
    public JobManager Jobs { get; }

    public ServiceHarness Add(string topic, byte[] value)
    {
        _source.Add(topic, value);
        return this;
    }

    public ServiceHarness Command(Command command) => Add(Topics.Commands, CommandJson.Serialize(command));

    public JobId Start(string workflow, string source, string parameters = "{}")
    {
        var job = new JobId(source, JobNumber.New());
        Command(new WorkflowConfig(new WorkflowId(Instrument.Name, workflow, 1), $"start-{job.JobNumber}", job, JobSchedule.Unbounded,
            new Dictionary<string, string>(), System.Text.Json.JsonDocument.Parse(parameters).RootElement.Clone()));
        return job;
    }

    public void Step() => _cycle.Run(_source, 10_000);

    public IReadOnlyList<(ResultKey Key, DataArray Value)> Results() =>
    [
        .. _sink.On(Topics.Data).Select(v => Da00Codec.Decode(v)).Select(m => (ResultKeyJson.Parse(m.SourceName), DataArrayDa00.FromDa00(m))),
    ];

    public DataArray Latest(string output) => Results().Last(r => r.Key.OutputName == output).Value;

    /// <summary>NICOS device messages: device name and value.</summary>
    public IReadOnlyList<(string Device, DataArray Value)> Devices() =>
        [.. _sink.On(Topics.NicosData).Select(v => Da00Codec.Decode(v)).Select(m => (m.SourceName, DataArrayDa00.FromDa00(m)))];

    public IReadOnlyList<CommandAcknowledgement> Acks() => [.. _sink.On(Topics.Responses).Select(a => CommandAcknowledgement.Parse(a))];
}
