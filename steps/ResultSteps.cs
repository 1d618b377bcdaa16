using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>Results reaching the dashboard (and NICOS): that they arrive, keep coming or stop, and which start they belong to.</summary>
[Binding]
public sealed class ResultSteps(
    WorkflowDriver workflow, PublishingDriver publishing, GenerationDriver generations, NicosDriver nicos, TopicDriver topics, ScenarioCancellation test)
{
    [Then("results arrive for every started job")]
    public Task ThenResultsArriveForEveryStartedJob() => workflow.WaitForResultsAsync(test.Token);

    [Then("results arrive for {word}")]
    public Task ThenResultsArriveFor(string source) => workflow.WaitForResultsAsync([source], test.Token);

    [Then("there are no results for {word}")]
    public void ThenThereAreNoResultsFor(string source) => workflow.SourcesWithResults().Should().NotContain(source);

    [Given("results keep being published")]
    public Task GivenResultsKeepBeingPublished() => publishing.WaitForResultsFlowingAsync(test.Token);

    [Then("results are published again")]
    public Task ThenResultsArePublishedAgain() => publishing.WaitForResultsFlowingAsync(test.Token);

    [Then("results stop being published")]
    public Task ThenResultsStopBeingPublished() => publishing.WaitForResultsStoppedAsync(test.Token);

    [Then("no further results are published for {int} seconds while monitor events keep arriving")]
    public Task ThenNoFurtherResultsArePublished(int seconds) =>
        publishing.ObserveNoResultsAsync(TimeSpan.FromSeconds(seconds), topics.Topics.BeamMonitor, test.Token);

    [Then("no further results are published for {int} seconds while detector events keep arriving")]
    public Task ThenNoFurtherResultsArePublishedWhileDetectorEventsArrive(int seconds) =>
        publishing.ObserveNoResultsAsync(TimeSpan.FromSeconds(seconds), topics.Topics.Detector, test.Token);

    [Then("results of the latest start arrive")]
    public Task ThenResultsOfTheLatestStartArrive() => generations.WaitForLatestStartResultsAsync(test.Token);

    [Then("only results of the last start are shown, in each of {int} looks")]
    public async Task ThenOnlyResultsOfTheLastStartAreShown(int looks) =>
        (await generations.ShownJobNumbersAsync(looks, test.Token)).Should().Equal([workflow.Starts[^1][0].JobNumber]);

    [Given("NICOS is listening for devices")]
    public Task GivenNicosIsListening() => nicos.ListenAsync(test.Token);

    [Then("NICOS device {word} reports counts")]
    public async Task ThenNicosDeviceReportsCounts(string device) =>
        (await nicos.WaitForPositiveValueAsync(device, test.Token)).Should().BePositive();

    [Then("NICOS device {word} reports the {string} the dashboard shows for {word}")]
    public async Task ThenNicosDeviceReportsWhatTheDashboardShows(string device, string output, string source)
    {
        var shown = await workflow.OutputAsync(source, output, test.Token);
        (await nicos.WaitForReportOfAsync(device, shown, test.Token)).Should().Be(shown.Data.Sum(), "NICOS and the dashboard read the same observation");
    }
}
