using LiveData.Dashboard.Config;
using LiveData.Dashboard.Jobs;

namespace LiveData.Tests.Dashboard;

public sealed class JobLifecycleTests
{
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private static readonly JobLifecycle Idle = new JobLifecycle.Idle();

    private static Dictionary<string, JsonElement> Params(params string[] sources) =>
        sources.ToDictionary(s => s, _ => JsonSerializer.SerializeToElement(new { toa_edges = new { num_bins = 10 } }));

    private static JobSet JobSet(params string[] sources) => new(JobNumber.New(), Params(sources));

    private static JobStatus Running(JobId job, long startTime = 1) => new(job, Monitors, JobState.Active, null, null, startTime, null);

    private static JobLifecycle.Adopted AdoptedAt(long startTime, out JobId job)
    {
        job = new JobId("monitor1", JobNumber.New());
        return Idle.Adopt(Running(job, startTime), recorded: null).Should().BeOfType<JobLifecycle.Adopted>().Subject;
    }

    public static TheoryData<string> AnyState() => ["idle", "committed", "adopted", "stopped by operator", "ended by backend"];

    private static JobLifecycle State(string name) => name switch
    {
        "idle" => Idle,
        "committed" => Idle.Commit(JobSet("monitor1")),
        "adopted" => AdoptedAt(1, out _),
        "stopped by operator" => Idle.StopByOperator(),
        "ended by backend" => Idle.Commit(JobSet("monitor1")).EndByBackend(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(AnyState))]
    public void A_commit_desires_the_committed_job_set_whatever_came_before(string before)
    {
        var jobSet = JobSet("monitor1", "monitor2");

        State(before).Commit(jobSet).Should().Be(new JobLifecycle.Committed(jobSet));
    }

    [Theory]
    [MemberData(nameof(AnyState))]
    public void A_stop_by_the_operator_desires_nothing_whatever_came_before(string before)
    {
        var stopped = State(before).StopByOperator();

        stopped.Should().BeOfType<JobLifecycle.StoppedByOperator>();
        stopped.Desired.Should().BeNull();
    }

    [Fact]
    public void A_running_job_with_no_record_is_adopted_with_unknown_parameters_and_its_start_time()
    {
        var adopted = AdoptedAt(100, out var job);

        adopted.Desired!.JobIds.Should().Equal(job);
        adopted.Jobs.ParamsBySource["monitor1"].EnumerateObject().Should().BeEmpty();
        adopted.StartTime.Should().Be(100);
    }

    [Fact]
    public void The_recorded_job_is_reattached_as_committed_with_its_recorded_parameters()
    {
        var job = new JobId("monitor1", JobNumber.New());

        var reattached = Idle.Adopt(Running(job), new CurrentJobRecord(job.JobNumber, Params("monitor1")));

        var committed = reattached.Should().BeOfType<JobLifecycle.Committed>().Subject;
        committed.Jobs.JobNumber.Should().Be(job.JobNumber);
        committed.Jobs.ParamsBySource["monitor1"].GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(10);
    }

    [Fact]
    public void A_job_other_than_the_recorded_one_is_not_adopted()
    {
        var job = new JobId("monitor1", JobNumber.New());

        Idle.Adopt(Running(job), new CurrentJobRecord(JobNumber.New(), Params("monitor1"))).Should().BeSameAs(Idle);
    }

    [Fact]
    public void An_adopted_job_set_takes_in_more_sources_of_its_job()
    {
        var adopted = AdoptedAt(100, out var job);
        var other = job with { SourceName = "monitor2" };

        var joined = adopted.Adopt(Running(other, 100), recorded: null);

        joined.Desired!.JobIds.Should().BeEquivalentTo([job, other]);
        joined.Adopt(Running(other, 100), recorded: null).Should().BeSameAs(joined, "a source already in is not added twice");
    }

    [Fact]
    public void A_later_started_job_replaces_the_adopted_one_and_an_earlier_one_does_not()
    {
        var adopted = AdoptedAt(100, out _);
        var older = new JobId("monitor1", JobNumber.New());
        var newer = new JobId("monitor1", JobNumber.New());

        adopted.Adopt(Running(older, 50), recorded: null).Should().BeSameAs(adopted);
        adopted.Adopt(Running(newer, 200), recorded: null).Desired!.JobNumber.Should().Be(newer.JobNumber);
    }

    [Theory]
    [InlineData("committed")]
    [InlineData("stopped by operator")]
    public void Nothing_is_adopted_while_a_commit_or_an_operator_stop_stands(string before)
    {
        var state = State(before);

        state.Adopt(Running(new JobId("monitor1", JobNumber.New()), 1000), recorded: null).Should().BeSameAs(state);
    }

    [Fact]
    public void After_the_backend_ended_the_jobs_a_running_job_is_adopted_again()
    {
        var job = new JobId("monitor1", JobNumber.New());

        State("ended by backend").Adopt(Running(job), recorded: null).Should().BeOfType<JobLifecycle.Adopted>()
            .Which.Desired!.JobNumber.Should().Be(job.JobNumber);
    }

    [Theory]
    [InlineData("committed")]
    [InlineData("adopted")]
    public void The_backend_ending_the_desired_jobs_leaves_nothing_desired(string before)
    {
        var ended = State(before).EndByBackend();

        ended.Should().BeOfType<JobLifecycle.EndedByBackend>();
        ended.Desired.Should().BeNull();
    }

    [Theory]
    [InlineData("idle")]
    [InlineData("stopped by operator")]
    public void With_nothing_desired_the_backend_has_nothing_to_end(string before)
    {
        var state = State(before);

        state.EndByBackend().Should().BeSameAs(state);
    }
}
