using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ResetSteps(WorkflowDriver workflow)
{
    [When("the scientist resets the workflow")]
    public void WhenTheScientistResetsTheWorkflow(CancellationToken ct) =>
        workflow.Reset(ct).Should().BeTrue("the workflow has a current job to reset");

    [Then("the reset is rejected because {string}")]
    public async Task ThenTheResetIsRejectedBecause(string reason, CancellationToken ct)
    {
        var outcome = await workflow.WaitForResetOutcomeAsync(ct);
        outcome.IsError.Should().BeTrue();
        outcome.Text.Should().Contain(reason);
    }
}
