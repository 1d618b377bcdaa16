using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class NicosSteps(NicosDriver nicos, ScenarioCancellation test)
{
    [Given("NICOS is listening to its device topic")]
    public Task GivenNicosIsListening() => nicos.ListenAsync(test.Token);

    [Then("NICOS device {word} reports counts")]
    public async Task ThenNicosDeviceReportsCounts(string device) =>
        (await nicos.WaitForPositiveValueAsync(device, test.Token)).Should().BePositive();
}
