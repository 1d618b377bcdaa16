using LiveData.Dashboard.Jobs;
using LiveData.Protocol.Commands;

namespace LiveData.Tests.Dashboard;

public sealed class JobStopsTests
{
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private static readonly WorkflowId Other = new("dummy", "detector_view", 1);
    private static readonly TimeSpan Reissue = TimeSpan.FromSeconds(30);
    private readonly ManualClock _clock = new();
    private readonly JobService _jobs;
    private readonly JobStops _stops;

    public JobStopsTests()
    {
        _jobs = new JobService(_clock);
        _stops = new JobStops(_jobs, _clock, Reissue);
    }

    private static JobSet JobSet(params string[] sources) =>
        new(JobNumber.New(), sources.ToDictionary(s => s, _ => JsonSerializer.SerializeToElement(new { })));

    private JobId Heartbeat(string source, WorkflowId? workflow = null, JobState state = JobState.Active, JobNumber? number = null)
    {
        var job = new JobId(source, number ?? JobNumber.New());
        _jobs.Record(new JobStatus(job, workflow ?? Monitors, state, null, null, 1, null));
        return job;
    }

    private static IEnumerable<JobId> Targets(IEnumerable<JobCommand> stops) => stops.Select(s => s.JobId!.Value);

    [Fact]
    public void A_job_set_is_stopped_under_one_message_id_and_other_live_jobs_of_the_workflow_each_under_their_own()
    {
        var jobSet = JobSet("monitor1", "monitor2");
        var stray = Heartbeat("monitor1");
        Heartbeat("monitor1", state: JobState.Stopped);
        Heartbeat("panel_0", workflow: Other);

        var stops = _stops.For(Monitors, jobSet, "shared");

        stops.Should().AllSatisfy(s => s.Action.Should().Be(JobAction.Stop));
        Targets(stops).Should().Equal([.. jobSet.JobIds, stray]);
        stops.Take(2).Should().AllSatisfy(s => s.MessageId.Should().Be("shared"));
        stops[2].MessageId.Should().NotBe("shared");
    }

    [Fact]
    public void A_job_not_heard_from_for_too_long_is_not_stopped()
    {
        Heartbeat("monitor1");
        _clock.Advance(JobService.StatusTimeout + TimeSpan.FromSeconds(1));

        _stops.For(Monitors, jobSet: null, sharedMessageId: null).Should().BeEmpty();
        _stops.Due(_ => true).Should().BeEmpty();
    }

    [Fact]
    public void Computing_stops_notes_nothing_until_they_are_committed()
    {
        var job = Heartbeat("monitor1");

        _stops.For(Monitors, jobSet: null, sharedMessageId: null);
        var stops = _stops.For(Monitors, jobSet: null, sharedMessageId: null);

        Targets(_stops.Due(_ => true)).Should().Equal([job], "computed stops were not sent yet");
        _stops.Note(stops);
        _stops.Due(_ => true).Should().BeEmpty("the stop was just sent");
    }

    [Fact]
    public void A_noted_stop_is_due_again_after_the_reissue_interval_not_before()
    {
        var job = Heartbeat("monitor1");
        _stops.Note(_stops.Due(_ => true));

        _clock.Advance(Reissue - TimeSpan.FromSeconds(1));
        _stops.Due(_ => true).Should().BeEmpty();
        _clock.Advance(TimeSpan.FromSeconds(1));
        Targets(_stops.Due(_ => true)).Should().Equal(job);
    }

    [Fact]
    public void Only_the_jobs_the_caller_finds_unwanted_are_due()
    {
        var wanted = Heartbeat("monitor1");
        var unwanted = Heartbeat("monitor2");

        Targets(_stops.Due(s => s.JobId != wanted)).Should().Equal(unwanted);
    }
}
