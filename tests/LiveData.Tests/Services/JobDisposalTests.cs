using LiveData.Instruments.Logs;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Services.Jobs;
using LiveData.Services.Routing;
using LiveData.Workflows;

namespace LiveData.Tests.Services;

/// <summary>A job's workflow is disposed when the job ends, so what it holds outside the managed heap (a detector view's ROI history) is freed then, not at some later finalization.</summary>
public sealed class JobDisposalTests
{
    private static readonly WorkflowId Id = new("test", "holder", 1);
    private readonly Holders _holders = new();
    private readonly JobManager _jobs;

    public JobDisposalTests()
    {
        var spec = new WorkflowSpec(Id, ServiceNames.DataReduction, "Holder", ["panel"], [], _holders);
        _jobs = new JobManager(new Instrument("test", [], [], InstrumentLogs.None, [spec]), ServiceNames.DataReduction, NoInstrumentFiles.Instance, NullLogger<JobManager>.Instance);
    }

    [Fact]
    public void Stopping_a_job_disposes_its_workflow()
    {
        var job = Start(JobNumber.New());

        Send(new JobCommand("stop-1", job, null, JobAction.Stop));

        _holders.Created.Should().ContainSingle().Which.Disposed.Should().BeTrue();
    }

    [Fact]
    public void Replacing_a_job_disposes_the_old_workflow_only()
    {
        var number = JobNumber.New();
        Start(number);

        Start(number);

        _holders.Created.Select(h => h.Disposed).Should().Equal(true, false);
    }

    [Fact]
    public void Resetting_a_job_keeps_its_workflow()
    {
        var job = Start(JobNumber.New());

        Send(new JobCommand("reset-1", job, null, JobAction.Reset));

        _holders.Created.Should().ContainSingle().Which.Disposed.Should().BeFalse();
    }

    [Fact]
    public void Disposing_the_manager_disposes_every_running_workflow()
    {
        Start(JobNumber.New());
        Start(JobNumber.New());

        _jobs.Dispose();

        _holders.Created.Should().HaveCount(2).And.OnlyContain(h => h.Disposed);
        _jobs.Jobs.Should().BeEmpty();
    }

    private JobId Start(JobNumber number)
    {
        var job = new JobId("panel", number);
        using var json = JsonDocument.Parse("{}");
        Send(new WorkflowConfig(Id, $"start-{number}", job, JobSchedule.Unbounded, new Dictionary<string, string>(), json.RootElement.Clone()));
        return job;
    }

    private void Send(Command command) => _jobs.Handle(command).Acknowledgement!.Response.Should().Be(AckResponse.Ack);

    private sealed class Holders : IWorkflowFactory
    {
        public List<Holder> Created { get; } = [];

        public JsonElement DefaultParams => default;

        public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
        {
            var holder = new Holder();
            Created.Add(holder);
            return holder;
        }
    }

    private sealed class Holder : IWorkflow, IDisposable
    {
        public bool Disposed { get; private set; }

        public void Accumulate(StreamData data)
        {
        }

        public IReadOnlyDictionary<string, DataArray> Finalize() => new Dictionary<string, DataArray>();

        public void Reset()
        {
        }

        public void Dispose() => Disposed = true;
    }
}
