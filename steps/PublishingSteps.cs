using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class PublishingSteps(PublishingDriver publishing)
{
    [Given("results keep being published")]
    public Task GivenResultsKeepBeingPublished(CancellationToken ct) => publishing.WaitForResultsFlowingAsync(ct);

    [Then("results stop being published")]
    public Task ThenResultsStopBeingPublished(CancellationToken ct) => publishing.WaitForResultsStoppedAsync(ct);

    [Then("no further results are published for {int} seconds while monitor events keep arriving")]
    public Task ThenNoFurtherResultsArePublished(int seconds, CancellationToken ct) =>
        publishing.ObserveNoResultsAsync(TimeSpan.FromSeconds(seconds), ct);
}
