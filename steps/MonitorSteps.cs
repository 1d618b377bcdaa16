using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>Beam monitors: the events they send (counted, heavy, broken) and the time-of-arrival histograms and totals made of them.</summary>
[Binding]
public sealed class MonitorSteps(
    WorkflowDriver workflow,
    ConservationDriver conservation,
    GenerationDriver generations,
    RawDataDriver raw,
    RetentionOverflowDriver overflow,
    LoadDriver load,
    ScenarioCancellation test)
{
    [When("{int} pulses of {int} events each, spread from {float} to {float} ms, are sent for {word}")]
    public void WhenPulsesAreSent(int pulses, int events, double fromMs, double toMs, string source) =>
        conservation.SendPulses(source, pulses, events, fromMs, toMs, test.Token);

    // Kafka's default message.max.bytes is 1 MB; consumers fetch a bigger message whole (KIP-74), so nothing may
    // choke on one. Scenarios stay below the 5 MiB the embedded broker keeps per partition.
    [When("one event message of {int} MiB, spread from {float} to {float} ms, is sent for {word}")]
    public void WhenOneEventMessageIsSent(int mebibytes, double fromMs, double toMs, string source) =>
        conservation.SendPulses(source, 1, mebibytes * RetentionOverflowDriver.EventsPerMebibyte, fromMs, toMs, test.Token);

    [When("{int} MiB of monitor events are sent for {word}")]
    public void WhenMebibytesOfMonitorEventsAreSent(int mebibytes, string source) =>
        overflow.SendMebibytes(source, mebibytes, test.Token);

    [When("{word} sends {float} times its nominal events per pulse for the load duration, counting those inside {float} to {float} ms")]
    public Task WhenTheMonitorSendsUnderLoad(string source, double multiplier, double fromMs, double toMs) =>
        load.SendAsync(source, multiplier, fromMs, toMs, test.Token);

    [When("these malformed messages arrive with the monitor events:")]
    public void WhenTheseMalformedMessagesArrive(IReadOnlyList<MalformedMessage> messages) =>
        raw.SendMalformedMonitorMessages(messages, test.Token);

    [Then("results arrive for {word} from events sent after the malformed messages")]
    public Task ThenResultsArriveFromEventsSentAfter(string source) =>
        workflow.WaitForResultsAsync([source], test.Token, c => raw.SendMonitorEventsAsync(source, c));

    // "time-of-arrival" or "wavelength", as a scientist says it; the histogram's dim is the same name in snake case.
    [Then("the {string} result for {word} is a histogram of {int} {word} bins in {word}")]
    public async Task ThenTheResultIsAHistogram(string output, string source, int bins, string quantity, string unit)
    {
        var dim = DimOf(quantity);
        var result = await workflow.OutputAsync(source, output, test.Token);
        result.Sizes.Should().Equal(new Dictionary<string, long> { [dim] = bins });
        result.Data.Unit.Should().Be(unit);
        result.Coord(dim)!.Length.Should().Be(bins + 1, "bin edges bound every bin");
        result.Data.Sum().Should().BePositive("monitor events were flowing");
    }

    [Then("the {string} result for {word} has {word} edges from {float} to {float} {word}")]
    public async Task ThenTheResultHasEdges(string output, string source, string quantity, double start, double stop, string unit)
    {
        var edges = (await workflow.OutputAsync(source, output, test.Token)).Coord(DimOf(quantity))!;
        edges.Unit.Should().Be(unit);
        edges.DoubleValues[0].Should().BeApproximately(start, 1e-9);
        edges.DoubleValues[^1].Should().BeApproximately(stop, 1e-9);
    }

    [Then("the cumulative total for {word} equals the events sent inside {float} to {float} ms")]
    public Task ThenTheCumulativeTotalEqualsTheEventsSentInside(string source, double fromMs, double toMs) =>
        conservation.WaitForTotalToMatchAsync(source, fromMs, toMs, test.Token);

    [Then("the cumulative total for {word} equals the events counted under load")]
    public Task ThenTheCumulativeTotalEqualsTheEventsCounted(string source) =>
        conservation.WaitForTotalAsync(source, load.SentInside, load.Sent, test.Token);

    [Given("the cumulative total for {word} has grown {int} times")]
    public Task GivenTheCumulativeTotalHasGrown(string source, int times) =>
        generations.WaitForGrowthAsync(source, times, test.Token);

    [Then("the cumulative total for {word} grows again")]
    public Task ThenTheCumulativeTotalGrowsAgain(string source) => generations.WaitForGrowthAsync(source, 2, test.Token);

    [Then("the first cumulative total for {word} is less than half the last one before the restart")]
    public async Task ThenTheFirstCumulativeTotalIsLessThanHalf(string source) =>
        (await generations.FirstTotalAsync(source, test.Token)).Should().BeLessThan(generations.LastTotalBeforeRestart / 2);

    private static string DimOf(string quantity) => quantity.Replace('-', '_');
}
