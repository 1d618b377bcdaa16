using LiveData.Protocol.Status;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>The jobs a start creates, one per source, and their state as the dashboard shows it.</summary>
[Binding]
public sealed class JobSteps(WorkflowDriver workflow, FaultDriver faults, HeartbeatDriver heartbeats, ScenarioCancellation test)
{
    [Then("one job is started, for {word}")]
    public void ThenOneJobIsStartedFor(string source) =>
        workflow.Jobs.Should().ContainSingle().Which.SourceName.Should().Be(source);

    [Then("the new jobs have a new job number")]
    public void ThenTheNewJobsHaveANewJobNumber() =>
        workflow.Starts[^1][0].JobNumber.Should().NotBe(workflow.Starts[^2][0].JobNumber);

    [Given("the job for {word} is active")]
    public Task GivenTheJobIsActive(string source) => workflow.WaitForJobStateAsync(source, JobState.Active, test.Token);

    [Then("the dashboard shows the job for {word} as {word}")]
    public Task ThenTheDashboardShowsTheJobAs(string source, JobState state) =>
        workflow.WaitForJobStateAsync(source, state, test.Token);

    [Then("the job for {word} still looks active and fresh")]
    public void ThenTheJobStillLooksActiveAndFresh(string source) => faults.JobLooksActiveAndFresh(source).Should().BeTrue();

    [Then("the jobs started while {word} was down were never reported")]
    public void ThenTheJobsStartedWhileDownWereNeverReported(string service) =>
        faults.ReportedJobs().Should().NotIntersectWith(workflow.Starts[0], $"{service} must not replay commands sent while it was down");

    [Then("no job status was reported")]
    public void ThenNoJobStatusWasReported() => faults.ReportedJobs().Should().NotIntersectWith(workflow.Jobs);

    [Then("the start sent while {word} was down was never answered")]
    public Task ThenTheStartSentWhileDownWasNeverAnswered(string service) =>
        faults.RequireStartNeverAnsweredAsync(service, workflow.Starts[0], workflow.Starts[^1], test.Token);

    [Then("the {word} service no longer runs the job for {word}")]
    public Task ThenTheServiceNoLongerRunsTheJob(string service, string source)
    {
        var job = workflow.Jobs.Single(j => j.SourceName == source);
        return heartbeats.WaitForRoundAsync(service, workflow.Workflow, $"without {job}", jobs => !jobs.Contains(job), test.Token);
    }

    [Then("the {word} service runs only the job(s) of the last start")]
    public Task ThenTheServiceRunsOnlyTheJobsOfTheLastStart(string service) =>
        heartbeats.WaitForRoundAsync(service, workflow.Workflow, "only the last start's", jobs => jobs.SetEquals(workflow.Starts[^1]), test.Token);

    [Then("the job for {word} stays stopped for {int} seconds")]
    public Task ThenTheJobStaysStopped(string source, int seconds) =>
        faults.ObserveJobStaysStoppedAsync(source, TimeSpan.FromSeconds(seconds), test.Token);
}
