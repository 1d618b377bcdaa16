using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ConservationSteps(ConservationDriver conservation, ScenarioCancellation test)
{
    [When("{int} pulses of {int} events each, spread from {float} to {float} ms, are sent for {word}")]
    public void WhenPulsesAreSent(int pulses, int events, double fromMs, double toMs, string source) =>
        conservation.SendPulses(source, pulses, events, fromMs, toMs, test.Token);

    [Then("the cumulative total for {word} equals the events sent inside {float} to {float} ms")]
    public Task ThenTheCumulativeTotalEqualsTheEventsSentInside(string source, double fromMs, double toMs) =>
        conservation.WaitForTotalToMatchAsync(source, fromMs, toMs, test.Token);
}
