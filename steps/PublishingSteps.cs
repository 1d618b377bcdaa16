using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class PublishingSteps(PublishingDriver publishing, TopicDriver topics, ScenarioCancellation test)
{
    [Given("results keep being published")]
    public Task GivenResultsKeepBeingPublished() => publishing.WaitForResultsFlowingAsync(test.Token);

    [Then("results stop being published")]
    public Task ThenResultsStopBeingPublished() => publishing.WaitForResultsStoppedAsync(test.Token);

    [Then("no further results are published for {int} seconds while monitor events keep arriving")]
    public Task ThenNoFurtherResultsArePublished(int seconds) =>
        publishing.ObserveNoResultsAsync(TimeSpan.FromSeconds(seconds), topics.Topics.BeamMonitor, test.Token);

    [Then("no further results are published for {int} seconds while detector events keep arriving")]
    public Task ThenNoFurtherResultsArePublishedWhileDetectorEventsArrive(int seconds) =>
        publishing.ObserveNoResultsAsync(TimeSpan.FromSeconds(seconds), topics.Topics.Detector, test.Token);
}
