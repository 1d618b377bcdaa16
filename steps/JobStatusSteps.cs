using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;
using LiveData.Protocol.Status;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class JobStatusSteps(WorkflowDriver workflow, ServiceGroupDriver services, FaultDriver faults)
{
    [When("the {word} service is shut down")]
    public async Task WhenTheServiceIsShutDown(string service)
    {
        await services[service].StopAsync(TimeSpan.FromSeconds(10));
        services[service].ExitCode.Should().Be(0, "SIGTERM is a graceful shutdown");
    }

    [Then("the dashboard shows the job for {word} as {word}")]
    public Task ThenTheDashboardShowsTheJobAs(string source, JobState state, CancellationToken ct) =>
        workflow.WaitForJobStateAsync(source, state, ct);

    [Then("the {word} worker is reported {word}")]
    public Task ThenTheWorkerIsReported(string service, ServiceState state, CancellationToken ct) =>
        workflow.WaitForWorkerStateAsync(service, state, ct);

    [Given("the {word} worker is reported running")]
    public Task GivenTheWorkerIsReportedRunning(string service, CancellationToken ct) => faults.RememberRunningWorkerAsync(service, ct);

    [Given("the job for {word} is active")]
    public Task GivenTheJobIsActive(string source, CancellationToken ct) => workflow.WaitForJobStateAsync(source, JobState.Active, ct);
}
