using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;
using LiveData.Messaging;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class BrokerFaultSteps(BrokerFaultDriver broker, GenerationDriver generations)
{
    [When("the broker is restarted")]
    public Task WhenTheBrokerIsRestarted(CancellationToken ct) => broker.RestartAsync(ct);

    [When("the broker fails the next {int} {word} requests with Kafka error {int}")]
    public Task WhenTheBrokerFailsTheNextRequests(int count, KafkaRequest request, int errorCode, CancellationToken ct) =>
        broker.FailNextRequestsAsync(request, errorCode, count, ct);

    [When("the broker delays every response by {int} ms")]
    public Task WhenTheBrokerDelaysEveryResponse(int milliseconds, CancellationToken ct) =>
        broker.SetRoundTripAsync(TimeSpan.FromMilliseconds(milliseconds), ct);

    [Then("the cumulative total for {word} grows again")]
    public Task ThenTheCumulativeTotalGrowsAgain(string source, CancellationToken ct) => generations.WaitForGrowthAsync(source, 2, ct);
}
