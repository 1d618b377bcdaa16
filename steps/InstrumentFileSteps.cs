using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>The instrument's files an operator provides: its NeXus geometry, its wavelength lookup table and recorded runs the fakes replay.</summary>
[Binding]
public sealed class InstrumentFileSteps(InstrumentFilesDriver files, ReplayDriver replay, ScenarioCancellation test)
{
    [Given("the instrument's NeXus geometry is installed")]
    public Task GivenTheGeometryIsInstalled() => files.InstallGeometryAsync(test.Token);

    [Given("the instrument's wavelength lookup table is installed")]
    public Task GivenTheLookupTableIsInstalled() => files.InstallLookupTableAsync(test.Token);

    [Given("a run of {int} pulses of the {word} sample is installed as {word}")]
    public Task GivenASampleRunIsInstalled(int pulses, string sample, string fileName) => files.InstallSampleRunAsync(sample, pulses, fileName, test.Token);

    [Given("a run of {int} pulses recorded in a NeXus file")]
    public Task GivenARecordedRun(int pulses) => replay.RecordAsync(pulses, null, test.Token);

    [Given("a run of {int} pulses of the {word} sample recorded in a NeXus file")]
    public Task GivenARecordedRunOfASample(int pulses, string sample) => replay.RecordAsync(pulses, sample, test.Token);

    [When("{word} replays the recorded run once")]
    public Task WhenTheFakeReplaysTheRunOnce(string fake) => replay.ReplayOnceAsync(fake, test.Token);

    [Then("the cumulative total for {word} equals the recorded events inside {float} to {float} ms")]
    public Task ThenTheTotalEqualsTheRecordedEvents(string source, double fromMs, double toMs) =>
        replay.WaitForRecordedTotalAsync(source, fromMs, toMs, test.Token);
}
