using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Processes;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ServiceFaultSteps(ServiceGroupDriver services, WorkflowDriver workflow, FaultDriver faults, ScenarioCancellation test)
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

    [Then("the {word} worker is flagged stale")]
    public Task ThenTheWorkerIsFlaggedStale(string service) => faults.WaitForStaleWorkerAsync(service, test.Token);

    [Then("the job for {word} still looks active and fresh")]
    public void ThenTheJobStillLooksActiveAndFresh(string source) => faults.JobLooksActiveAndFresh(source).Should().BeTrue();
}
