using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class NicosSteps(NicosDriver nicos)
{
    [Given("NICOS is listening to its device topic")]
    public Task GivenNicosIsListening(CancellationToken ct) => nicos.ListenAsync(ct);

    [Then("NICOS device {word} reports counts")]
    public async Task ThenNicosDeviceReportsCounts(string device, CancellationToken ct) =>
        (await nicos.WaitForPositiveValueAsync(device, ct)).Should().BePositive();
}
