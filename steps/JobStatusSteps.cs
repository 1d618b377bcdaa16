using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;
using LiveData.Protocol.Status;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class JobStatusSteps(WorkflowDriver workflow, ServiceGroupDriver services, FaultDriver faults, ScenarioCancellation test)
{
    [When("the {word} service is shut down")]
    public async Task WhenTheServiceIsShutDown(string service)
    {
        await services[service].StopAsync(TimeSpan.FromSeconds(10));
        services[service].ExitCode.Should().Be(0, "SIGTERM is a graceful shutdown");
    }

    [Then("the dashboard shows the job for {word} as {word}")]
    public Task ThenTheDashboardShowsTheJobAs(string source, JobState state) =>
        workflow.WaitForJobStateAsync(source, state, test.Token);

    [Then("the {word} worker is reported {word}")]
    public Task ThenTheWorkerIsReported(string service, ServiceState state) =>
        workflow.WaitForWorkerStateAsync(service, state, test.Token);

    [Given("the {word} worker is reported running")]
    public Task GivenTheWorkerIsReportedRunning(string service) => faults.RememberRunningWorkerAsync(service, test.Token);

    [Given("the job for {word} is active")]
    public Task GivenTheJobIsActive(string source) => workflow.WaitForJobStateAsync(source, JobState.Active, test.Token);
}
