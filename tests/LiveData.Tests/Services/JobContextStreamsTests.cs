using LiveData.Instruments.Logs;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Services.Batching;
using LiveData.Services.Jobs;
using LiveData.Services.Routing;
using LiveData.Workflows;

namespace LiveData.Tests.Services;

/// <summary>A spec's context logs (upstream's context keys, e.g. BIFROST's sample rotation) reach its jobs, those logged before the job started too.</summary>
public sealed class JobContextStreamsTests
{
    private static readonly WorkflowId Id = new("test", "recorder", 1);
    private readonly Recorder _recorder = new();
    private readonly JobManager _jobs;

    public JobContextStreamsTests()
    {
        var spec = new WorkflowSpec(Id, ServiceNames.DataReduction, "Recorder", ["panel"], [], _recorder) { ContextStreams = ["rotation"] };
        _jobs = new JobManager(new Instrument("test", [], [], InstrumentLogs.None, [spec]), ServiceNames.DataReduction, NoInstrumentFiles.Instance, NullLogger<JobManager>.Instance);
    }

    [Fact]
    public void A_context_log_in_a_batch_reaches_the_job_but_another_log_does_not()
    {
        Start();

        _jobs.Process(new MessageBatch(0, 10, [new LogMessage("rotation", 5, 30), new LogMessage("temperature", 5, 300)]));

        _recorder.Seen.OfType<LogStreamData>().Should().ContainSingle().Which.Should().Match<LogStreamData>(l => l.StreamName == "rotation" && l.Samples[0].Value == 30);
    }

    [Fact]
    public void A_batchs_context_reaches_the_job_before_its_events()
    {
        Start();

        _jobs.Process(new MessageBatch(0, 10, [new EventMessage("panel", 5, MonitorEvents.Ev44("panel", 5, [1])), new LogMessage("rotation", 6, 30)]));

        _recorder.Seen.Select(d => d.GetType()).Should().Equal(typeof(LogStreamData), typeof(EventStreamData));
    }

    [Fact]
    public void A_job_started_later_gets_the_context_samples_logged_before()
    {
        _jobs.Process(new MessageBatch(0, 10, [new LogMessage("rotation", 5, 30), new LogMessage("rotation", 6, 45)]));

        Start();

        _recorder.Seen.OfType<LogStreamData>().Single().Samples.Select(s => s.Value).Should().Equal(30, 45);
    }

    private void Start()
    {
        using var json = JsonDocument.Parse("{}");
        _jobs.Handle(new WorkflowConfig(Id, "start-1", new JobId("panel", JobNumber.New()), JobSchedule.Unbounded, new Dictionary<string, string>(), json.RootElement.Clone()))
            .Acknowledgement!.Response.Should().Be(AckResponse.Ack);
    }

    private sealed class Recorder : IWorkflowFactory, IWorkflow
    {
        public List<StreamData> Seen { get; } = [];

        public JsonElement DefaultParams => default;

        public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files) => this;

        public void Accumulate(StreamData data) => Seen.Add(data);

        public IReadOnlyDictionary<string, DataArray> Finalize() => new Dictionary<string, DataArray>();

        public void Reset() => Seen.Clear();
    }
}
