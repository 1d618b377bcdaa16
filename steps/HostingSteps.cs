using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class HostingSteps(FaultDriver faults, ScenarioCancellation test)
{
    [Then("exactly one service answered the start")]
    public async Task ThenExactlyOneServiceAnsweredTheStart() =>
        (await faults.ResponsesSinceStartAsync(test.Token)).Should().Be(1, "only the service hosting the workflow acknowledges it");
}
