using LiveData.Protocol.Status;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>A service's health as its worker reports it to the dashboard: state, staleness, warnings, statistics, memory.</summary>
[Binding]
public sealed class ServiceHealthSteps(
    WorkflowDriver workflow, FaultDriver faults, RetentionOverflowDriver overflow, LoadDriver load, ScenarioCancellation test)
{
    [Given("the {word} worker is reported running")]
    public Task GivenTheWorkerIsReportedRunning(string service) => faults.RememberRunningWorkerAsync(service, test.Token);

    [Then("the {word} worker is reported {word}")]
    public Task ThenTheWorkerIsReported(string service, ServiceState state) =>
        workflow.WaitForWorkerStateAsync(service, state, test.Token);

    [Then("the {word} worker is flagged stale")]
    public Task ThenTheWorkerIsFlaggedStale(string service) => faults.WaitForStaleWorkerAsync(service, test.Token);

    [Then("the {word} worker is fresh again")]
    public Task ThenTheWorkerIsFreshAgain(string service) => faults.WaitForFreshWorkerAsync(service, test.Token);

    [Then("a new {word} worker is reported running")]
    public Task ThenANewWorkerIsReportedRunning(string service) => faults.WaitForNewWorkerAsync(service, test.Token);

    [Then("the {word} worker reports skipped messages in its stream statistics")]
    public async Task ThenTheWorkerReportsSkippedMessages(string service) =>
        (await overflow.WaitForSkippedRecordsAsync(service, test.Token)).Should().BePositive();

    [Then("the {word} worker reports a warning that messages were skipped")]
    public async Task ThenTheWorkerReportsAWarning(string service) =>
        (await overflow.WaitForWarningAsync(service, test.Token)).Should().Contain("skipped");

    [Then("the memory of {word} grew by less than {int} % under load")]
    public void ThenTheMemoryGrewByLessThan(string service, int percent) =>
        load.MemoryGrowth(service).Should().BeLessThan(percent / 100.0, load.Describe());
}
