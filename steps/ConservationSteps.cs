using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ConservationSteps(ConservationDriver conservation)
{
    [When("{int} pulses of {int} events each, spread from {float} to {float} ms, are sent for {word}")]
    public void WhenPulsesAreSent(int pulses, int events, double fromMs, double toMs, string source, CancellationToken ct) =>
        conservation.SendPulses(source, pulses, events, fromMs, toMs, ct);

    [Then("the cumulative total for {word} equals the events sent inside {float} to {float} ms")]
    public Task ThenTheCumulativeTotalEqualsTheEventsSentInside(string source, double fromMs, double toMs, CancellationToken ct) =>
        conservation.WaitForTotalToMatchAsync(source, fromMs, toMs, ct);
}
