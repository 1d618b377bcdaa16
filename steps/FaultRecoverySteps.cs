using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;
using LiveData.Processes;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class FaultRecoverySteps(
    ServiceGroupDriver services, FaultDriver faults, PublishingDriver publishing, GenerationDriver generations, RetentionOverflowDriver overflow, ConservationDriver conservation, ScenarioCancellation test)
{
    [When("the {word} service continues")]
    public void WhenTheServiceContinues(string service) => services[service].Signal(PosixSignal.Continue);

    [When("the {word} service is restarted after the crash")]
    public async Task WhenTheServiceIsRestartedAfterTheCrash(string service)
    {
        await services[service].StopAsync(ServiceProcess.DefaultStopGrace);
        await services[service].StartAsync(ServiceProcess.DefaultReadinessTimeout, test.Token);
    }

    [Then("the {word} worker is fresh again")]
    public Task ThenTheWorkerIsFreshAgain(string service) => faults.WaitForFreshWorkerAsync(service, test.Token);

    [Then("a new {word} worker is reported running")]
    public Task ThenANewWorkerIsReportedRunning(string service) => faults.WaitForNewWorkerAsync(service, test.Token);

    [Then("results are published again")]
    public Task ThenResultsArePublishedAgain() => publishing.WaitForResultsFlowingAsync(test.Token);

    [Then("results of the latest start arrive")]
    public Task ThenResultsOfTheLatestStartArrive() => generations.WaitForLatestStartResultsAsync(test.Token);

    [When("{int} MiB of monitor events are sent for {word}")]
    public void WhenMebibytesOfMonitorEventsAreSent(int mebibytes, string source) =>
        overflow.SendMebibytes(source, mebibytes, test.Token);

    [When("one event message of {int} MiB, spread from {float} to {float} ms, is sent for {word}")]
    public void WhenOneEventMessageIsSent(int mebibytes, double fromMs, double toMs, string source) =>
        conservation.SendPulses(source, 1, mebibytes * RetentionOverflowDriver.EventsPerMebibyte, fromMs, toMs, test.Token);

    [Then("the {word} worker reports skipped records in its stream statistics")]
    public async Task ThenTheWorkerReportsSkippedRecords(string service) =>
        (await overflow.WaitForSkippedRecordsAsync(service, test.Token)).Should().BePositive();

    [Then("the {word} worker reports a warning that records were skipped")]
    public async Task ThenTheWorkerReportsAWarning(string service) =>
        (await overflow.WaitForWarningAsync(service, test.Token)).Should().Contain("skipped");
}
