using LiveData.Dashboard.Commands;
using LiveData.Dashboard.Config;
using LiveData.Dashboard.Data;
using LiveData.Dashboard.Jobs;
using LiveData.Protocol.Commands;

namespace LiveData.Tests.Dashboard;

public sealed class JobOrchestratorTests
{
    private const string Commands = "dummy_livedata_commands";
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private static readonly TimeSpan Reissue = TimeSpan.FromSeconds(30);
    private readonly ManualClock _clock = new();
    private readonly RecordingSink _sink = new();
    private readonly ActiveJobRegistry _generations = new();
    private readonly DataService _data = new();
    private readonly JobService _jobs;
    private readonly InMemoryWorkflowConfigStore _store = new();
    private readonly JobOrchestrator _orchestrator;

    public JobOrchestratorTests()
    {
        _jobs = new JobService(_clock);
        _orchestrator = Orchestrator(_store);
    }

    private JobOrchestrator Orchestrator(IWorkflowConfigStore store) =>
        new(new CommandService(_sink, Commands), new PendingCommandTracker(_clock), _generations, _data, _jobs, store, _clock, Reissue);

    private static Dictionary<string, JsonElement> Params(params string[] sources) =>
        sources.ToDictionary(s => s, _ => JsonSerializer.SerializeToElement(new { toa_edges = new { num_bins = 10 } }));

    private IReadOnlyList<Command> Sent() => [.. _sink.On(Commands).Select(c => CommandJson.Parse(c))];

    private void Heartbeat(JobId job, JobState state = JobState.Active, long startTime = 1)
    {
        var status = new JobStatus(job, Monitors, state, null, null, startTime, null);
        _jobs.Record(status);
        _orchestrator.Observe(status);
    }

    [Fact]
    public void A_commit_starts_one_job_per_source_under_one_new_job_number_and_makes_it_current()
    {
        var jobs = _orchestrator.CommitWorkflow(Monitors, Params("monitor1", "monitor2"), CancellationToken.None);

        jobs.Select(j => j.SourceName).Should().Equal("monitor1", "monitor2");
        jobs.Select(j => j.JobNumber).Distinct().Should().ContainSingle();
        Sent().Should().AllBeOfType<WorkflowConfig>().And.HaveCount(2);
        _generations.CurrentOf(Monitors).Should().Be(jobs[0].JobNumber);
        _store.Get(Monitors)!.CurrentJob!.JobNumber.Should().Be(jobs[0].JobNumber);
    }

    [Fact]
    public void A_recommit_stops_the_previous_jobs_before_starting_new_ones()
    {
        var first = _orchestrator.CommitWorkflow(Monitors, Params("monitor1"), CancellationToken.None);
        _sink.Messages.Clear();

        var second = _orchestrator.CommitWorkflow(Monitors, Params("monitor1"), CancellationToken.None);

        var sent = Sent();
        sent[0].Should().BeOfType<JobCommand>().Which.Should().Match<JobCommand>(c => c.Action == JobAction.Stop && c.JobId == first[0]);
        sent[1].Should().BeOfType<WorkflowConfig>().Which.JobId.Should().Be(second[0]);
    }

    [Fact]
    public void A_stop_deactivates_the_workflow_and_forgets_the_current_job_but_keeps_the_parameters()
    {
        var jobs = _orchestrator.CommitWorkflow(Monitors, Params("monitor1"), CancellationToken.None);
        _sink.Messages.Clear();

        _orchestrator.StopWorkflow(Monitors, CancellationToken.None).Should().BeTrue();

        Sent().Should().ContainSingle().Which.Should().BeOfType<JobCommand>().Which.JobId.Should().Be(jobs[0]);
        _generations.CurrentOf(Monitors).Should().BeNull();
        _store.Get(Monitors)!.CurrentJob.Should().BeNull();
        _store.Get(Monitors)!.Jobs.Keys.Should().Equal("monitor1");
    }

    [Fact]
    public void Stopping_a_workflow_that_runs_nowhere_sends_nothing()
    {
        _orchestrator.StopWorkflow(Monitors, CancellationToken.None).Should().BeFalse();
        _sink.Messages.Should().BeEmpty();
    }

    [Fact]
    public void A_running_job_without_any_record_is_adopted_with_unknown_parameters_and_no_command()
    {
        var job = new JobId("monitor1", JobNumber.New());

        Heartbeat(job);

        _generations.CurrentOf(Monitors).Should().Be(job.JobNumber);
        _orchestrator.Lifecycle(Monitors).Desired!.ParamsBySource["monitor1"].EnumerateObject().Should().BeEmpty();
        _sink.Messages.Should().BeEmpty();
    }

    [Fact]
    public void Among_unrecorded_jobs_the_latest_start_is_adopted()
    {
        var older = new JobId("monitor1", JobNumber.New());
        var newer = new JobId("monitor1", JobNumber.New());

        Heartbeat(older, startTime: 100);
        Heartbeat(newer, startTime: 200);
        Heartbeat(older, startTime: 100);

        _generations.CurrentOf(Monitors).Should().Be(newer.JobNumber);
    }

    [Fact]
    public void The_recorded_current_job_is_reattached_with_its_recorded_parameters()
    {
        var job = new JobId("monitor1", JobNumber.New());
        _store.Set(Monitors, new WorkflowRecord(Params("monitor1"), new CurrentJobRecord(job.JobNumber, Params("monitor1"))));

        Heartbeat(job);

        _generations.CurrentOf(Monitors).Should().Be(job.JobNumber);
        _orchestrator.Lifecycle(Monitors).Desired!.ParamsBySource["monitor1"].GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(10);
    }

    [Fact]
    public void A_job_that_contradicts_the_record_is_stopped_again_once_per_interval()
    {
        var wanted = JobNumber.New();
        _store.Set(Monitors, new WorkflowRecord(Params("monitor1"), new CurrentJobRecord(wanted, Params("monitor1"))));
        var stray = new JobId("monitor1", JobNumber.New());
        Heartbeat(stray);

        _orchestrator.ReconcileObservedJobs(CancellationToken.None);
        _orchestrator.ReconcileObservedJobs(CancellationToken.None);
        _clock.Advance(Reissue);
        _orchestrator.ReconcileObservedJobs(CancellationToken.None);

        Sent().Should().HaveCount(2).And.AllSatisfy(c => c.Should().BeOfType<JobCommand>().Which.JobId.Should().Be(stray));
        _generations.CurrentOf(Monitors).Should().BeNull("the stray job is not adopted");
    }

    [Fact]
    public void A_stop_the_backend_did_not_act_on_is_reissued_after_the_interval_not_before()
    {
        var jobs = _orchestrator.CommitWorkflow(Monitors, Params("monitor1"), CancellationToken.None);
        Heartbeat(jobs[0]);
        _orchestrator.StopWorkflow(Monitors, CancellationToken.None);
        _sink.Messages.Clear();

        _orchestrator.ReconcileObservedJobs(CancellationToken.None);
        _sink.Messages.Should().BeEmpty("the stop was just sent");
        _clock.Advance(Reissue);
        _orchestrator.ReconcileObservedJobs(CancellationToken.None);

        Sent().Should().ContainSingle().Which.Should().BeOfType<JobCommand>().Which.Action.Should().Be(JobAction.Stop);
    }

    [Fact]
    public void A_stale_job_is_not_stopped_again()
    {
        var jobs = _orchestrator.CommitWorkflow(Monitors, Params("monitor1"), CancellationToken.None);
        Heartbeat(jobs[0]);
        _orchestrator.StopWorkflow(Monitors, CancellationToken.None);
        _sink.Messages.Clear();

        _clock.Advance(JobService.StatusTimeout + TimeSpan.FromSeconds(1));
        _orchestrator.ReconcileObservedJobs(CancellationToken.None);

        _sink.Messages.Should().BeEmpty();
    }

    [Fact]
    public void When_every_job_of_the_desired_set_reports_stopped_the_workflow_is_ended_by_the_backend()
    {
        var jobs = _orchestrator.CommitWorkflow(Monitors, Params("monitor1", "monitor2"), CancellationToken.None);

        Heartbeat(jobs[0], JobState.Stopped);
        _generations.CurrentOf(Monitors).Should().NotBeNull("one job still runs");
        Heartbeat(jobs[1], JobState.Stopped);

        _generations.CurrentOf(Monitors).Should().BeNull();
        _orchestrator.Lifecycle(Monitors).Should().BeOfType<JobLifecycle.EndedByBackend>();
    }

    [Fact]
    public void Reset_asks_every_current_job_to_reset()
    {
        var jobs = _orchestrator.CommitWorkflow(Monitors, Params("monitor1", "monitor2"), CancellationToken.None);
        _sink.Messages.Clear();

        _orchestrator.ResetWorkflow(Monitors, CancellationToken.None).Should().BeTrue();

        Sent().Cast<JobCommand>().Select(c => (c.JobId, c.Action)).Should().Equal((jobs[0], JobAction.Reset), (jobs[1], JobAction.Reset));
    }

    [Fact]
    public void The_record_is_the_stored_one_until_a_commit_replaces_it()
    {
        var stored = new WorkflowRecord(Params("monitor1"), null);
        _store.Set(Monitors, stored);
        _orchestrator.Record(Monitors).Should().BeSameAs(stored);

        var jobs = _orchestrator.CommitWorkflow(Monitors, Params("monitor2"), CancellationToken.None);

        _orchestrator.Record(Monitors)!.CurrentJob!.JobNumber.Should().Be(jobs[0].JobNumber);
        _orchestrator.Record(Monitors).Should().BeSameAs(_store.Get(Monitors));
    }
}
