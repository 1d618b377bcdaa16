using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;
using LiveData.Processes;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class FaultRecoverySteps(
    ServiceGroupDriver services, FaultDriver faults, PublishingDriver publishing, GenerationDriver generations, RetentionOverflowDriver overflow, ConservationDriver conservation)
{
    [When("the {word} service continues")]
    public void WhenTheServiceContinues(string service) => services[service].Signal(PosixSignal.Continue);

    [When("the {word} service is restarted after the crash")]
    public async Task WhenTheServiceIsRestartedAfterTheCrash(string service, CancellationToken ct)
    {
        await services[service].StopAsync(ServiceProcess.DefaultStopGrace);
        await services[service].StartAsync(ServiceProcess.DefaultReadinessTimeout, ct);
    }

    [Then("the {word} worker is fresh again")]
    public Task ThenTheWorkerIsFreshAgain(string service, CancellationToken ct) => faults.WaitForFreshWorkerAsync(service, ct);

    [Then("a new {word} worker is reported running")]
    public Task ThenANewWorkerIsReportedRunning(string service, CancellationToken ct) => faults.WaitForNewWorkerAsync(service, ct);

    [Then("results are published again")]
    public Task ThenResultsArePublishedAgain(CancellationToken ct) => publishing.WaitForResultsFlowingAsync(ct);

    [Then("results of the latest start arrive")]
    public Task ThenResultsOfTheLatestStartArrive(CancellationToken ct) => generations.WaitForLatestStartResultsAsync(ct);

    [When("{int} MiB of monitor events are sent for {word}")]
    public void WhenMebibytesOfMonitorEventsAreSent(int mebibytes, string source, CancellationToken ct) =>
        overflow.SendMebibytes(source, mebibytes, ct);

    [When("one event message of {int} MiB, spread from {float} to {float} ms, is sent for {word}")]
    public void WhenOneEventMessageIsSent(int mebibytes, double fromMs, double toMs, string source, CancellationToken ct) =>
        conservation.SendPulses(source, 1, mebibytes * RetentionOverflowDriver.EventsPerMebibyte, fromMs, toMs, ct);

    [Then("the {word} worker reports skipped records in its stream statistics")]
    public async Task ThenTheWorkerReportsSkippedRecords(string service, CancellationToken ct) =>
        (await overflow.WaitForSkippedRecordsAsync(service, ct)).Should().BePositive();

    [Then("the {word} worker reports a warning that records were skipped")]
    public async Task ThenTheWorkerReportsAWarning(string service, CancellationToken ct) =>
        (await overflow.WaitForWarningAsync(service, ct)).Should().Contain("skipped");
}
