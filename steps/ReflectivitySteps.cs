using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>Reflectometry: where the reduced reflectivity shows a film's critical edge.</summary>
[Binding]
public sealed class ReflectivitySteps(ReflectivityDriver reflectivity, ScenarioCancellation test)
{
    [Then("the reflectivity falls off past the critical edge at Q = {float} 1\\/Å within {float} %")]
    public Task ThenTheReflectivityFallsOffPastTheCriticalEdge(double criticalQ, double tolerancePercent) =>
        reflectivity.WaitForCriticalEdgeAsync(criticalQ, tolerancePercent, test.Token);
}
