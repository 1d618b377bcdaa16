using LiveData.Dashboard.Jobs;

namespace LiveData.Tests.Dashboard;

public sealed class JobServiceTests
{
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private readonly ManualClock _clock = new();
    private readonly JobService _jobs;

    public JobServiceTests() => _jobs = new JobService(_clock);

    private static JobStatus Status(JobId id, JobState state = JobState.Active) => new(id, Monitors, state, null, null, null, null);

    [Fact]
    public void Keeps_the_latest_status_per_job()
    {
        var id = new JobId("monitor1", JobNumber.New());
        _jobs.Record(Status(id, JobState.Scheduled));
        _jobs.Record(Status(id, JobState.Active));

        _jobs.JobStatuses.Should().ContainSingle().Which.Value.State.Should().Be(JobState.Active);
    }

    [Fact]
    public void Keeps_statuses_of_every_job_number()
    {
        _jobs.Record(Status(new JobId("monitor1", JobNumber.New())));
        _jobs.Record(Status(new JobId("monitor1", JobNumber.New())));

        _jobs.JobStatuses.Should().HaveCount(2);
    }

    [Fact]
    public void A_status_is_fresh_for_60_s_and_stale_after()
    {
        var id = new JobId("monitor1", JobNumber.New());
        _jobs.Record(Status(id));

        _clock.Advance(TimeSpan.FromSeconds(60));
        _jobs.IsStatusStale(id).Should().BeFalse();
        _clock.Advance(TimeSpan.FromMilliseconds(1));
        _jobs.IsStatusStale(id).Should().BeTrue();
    }

    [Fact]
    public void A_new_heartbeat_makes_a_stale_job_fresh_again()
    {
        var id = new JobId("monitor1", JobNumber.New());
        _jobs.Record(Status(id));
        _clock.Advance(TimeSpan.FromSeconds(90));

        _jobs.Record(Status(id));

        _jobs.IsStatusStale(id).Should().BeFalse();
    }

    [Fact]
    public void An_unknown_job_is_stale()
    {
        _jobs.IsStatusStale(new JobId("monitor1", JobNumber.New())).Should().BeTrue();
    }

    [Fact]
    public void JobStatuses_is_a_copy()
    {
        var statuses = _jobs.JobStatuses;

        _jobs.Record(Status(new JobId("monitor1", JobNumber.New())));

        statuses.Should().BeEmpty();
    }
}
