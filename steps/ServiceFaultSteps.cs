using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Processes;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ServiceFaultSteps(ServiceGroupDriver services, WorkflowDriver workflow, FaultDriver faults, HeartbeatDriver heartbeats, ScenarioCancellation test)
{
    [Given("the {word} service is stopped")]
    public Task GivenTheServiceIsStopped(string service) => services[service].StopAsync(ServiceProcess.DefaultStopGrace);

    [When("the {word} service starts again")]
    public Task WhenTheServiceStartsAgain(string service) =>
        services[service].StartAsync(ServiceProcess.DefaultReadinessTimeout, test.Token);

    [When("the {word} service is paused")]
    public void WhenTheServiceIsPaused(string service) => services[service].Signal(PosixSignal.Stop);

    [When("the {word} service is killed")]
    public void WhenTheServiceIsKilled(string service) => services[service].Signal(PosixSignal.Kill);

    [Then("the {word} service is still running")]
    public void ThenTheServiceIsStillRunning(string service) => services[service].IsRunning.Should().BeTrue();

    [Then("the jobs started while {word} was down were never reported")]
    public void ThenTheJobsStartedWhileDownWereNeverReported(string service) =>
        faults.ReportedJobs().Should().NotIntersectWith(workflow.Starts[0], $"{service} must not replay commands sent while it was down");

    [Then("the start sent while {word} was down was never answered")]
    public Task ThenTheStartSentWhileDownWasNeverAnswered(string service) =>
        faults.RequireStartNeverAnsweredAsync(service, workflow.Starts[0], workflow.Starts[^1], test.Token);

    [Then("the {word} service no longer runs the job for {word}")]
    public Task ThenTheServiceNoLongerRunsTheJob(string service, string source)
    {
        var job = workflow.Jobs.Single(j => j.SourceName == source);
        return heartbeats.WaitForRoundAsync(service, workflow.Workflow, $"without {job}", jobs => !jobs.Contains(job), test.Token);
    }

    [Then("the job for {word} stays stopped for {int} seconds")]
    public Task ThenTheJobStaysStopped(string source, int seconds) =>
        faults.ObserveJobStaysStoppedAsync(source, TimeSpan.FromSeconds(seconds), test.Token);

    [Then("the {word} worker is flagged stale")]
    public Task ThenTheWorkerIsFlaggedStale(string service) => faults.WaitForStaleWorkerAsync(service, test.Token);

    [Then("the job for {word} still looks active and fresh")]
    public void ThenTheJobStillLooksActiveAndFresh(string source) => faults.JobLooksActiveAndFresh(source).Should().BeTrue();
}
