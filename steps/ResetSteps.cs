using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ResetSteps(WorkflowDriver workflow, ScenarioCancellation test)
{
    [When("the scientist resets the workflow")]
    public void WhenTheScientistResetsTheWorkflow() =>
        workflow.Reset(test.Token).Should().BeTrue("the workflow has a current job to reset");

    [Then("the reset is rejected because {string}")]
    public async Task ThenTheResetIsRejectedBecause(string reason)
    {
        var outcome = await workflow.WaitForResetOutcomeAsync(test.Token);
        outcome.IsError.Should().BeTrue();
        outcome.Text.Should().Contain(reason);
    }
}
