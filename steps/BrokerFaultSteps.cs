using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;
using LiveData.Messaging;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class BrokerFaultSteps(BrokerFaultDriver broker, GenerationDriver generations, ScenarioCancellation test)
{
    [When("the broker is restarted")]
    public Task WhenTheBrokerIsRestarted() => broker.RestartAsync(test.Token);

    [When("the broker fails the next {int} {word} requests with Kafka error {int}")]
    public Task WhenTheBrokerFailsTheNextRequests(int count, KafkaRequest request, int errorCode) =>
        broker.FailNextRequestsAsync(request, errorCode, count, test.Token);

    [When("the broker delays every response by {int} ms")]
    public Task WhenTheBrokerDelaysEveryResponse(int milliseconds) =>
        broker.SetRoundTripAsync(TimeSpan.FromMilliseconds(milliseconds), test.Token);

    [Then("the cumulative total for {word} grows again")]
    public Task ThenTheCumulativeTotalGrowsAgain(string source) => generations.WaitForGrowthAsync(source, 2, test.Token);
}
