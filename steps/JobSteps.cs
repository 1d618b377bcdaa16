using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using LiveData.Protocol.Status;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>The jobs a start creates, one per source, and their state as the dashboard shows it.</summary>
[Binding]
public sealed class JobSteps(WorkflowDriver workflow, FaultDriver faults, ScenarioCancellation test)
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

    [Then("the workflow is no longer active")]
    public void ThenTheWorkflowIsNoLongerActive() => faults.ActiveJobNumber().Should().BeNull();
}
