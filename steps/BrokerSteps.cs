using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>The message broker between the services misbehaving: restarted, refusing writes or reads, slow.</summary>
[Binding]
public sealed class BrokerSteps(BrokerFaultDriver broker, ScenarioCancellation test)
{
    [When("the broker is restarted")]
    public Task WhenTheBrokerIsRestarted() => broker.RestartAsync(test.Token);

    [When("the broker refuses the next {int} {word}")]
    public Task WhenTheBrokerRefusesTheNext(int count, BrokerTraffic traffic) => broker.RefuseNextAsync(traffic, count, test.Token);

    [When("the broker delays every response by {int} ms")]
    public Task WhenTheBrokerDelaysEveryResponse(int milliseconds) =>
        broker.SetRoundTripAsync(TimeSpan.FromMilliseconds(milliseconds), test.Token);
}
