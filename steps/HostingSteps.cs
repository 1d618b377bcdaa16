using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class HostingSteps(FaultDriver faults)
{
    [Then("exactly one service answered the start")]
    public async Task ThenExactlyOneServiceAnsweredTheStart(CancellationToken ct) =>
        (await faults.ResponsesSinceStartAsync(ct)).Should().Be(1, "only the service hosting the workflow acknowledges it");
}
