using LiveData.Workflows.Parameters;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>What the scientist does with a workflow from the dashboard (start, reconfigure, restart, stop, reset) and its verdicts.</summary>
[Binding]
public sealed class WorkflowSteps(WorkflowDriver workflow, ScenarioCancellation test)
{
    [When("the scientist starts the {string} workflow for {word}")]
    public Task WhenTheScientistStartsTheWorkflowFor(string name, string source) =>
        workflow.StartAsync(name, [source], test.Token);

    [When("the scientist starts the {string} workflow for {word} and {word}")]
    public Task WhenTheScientistStartsTheWorkflowForTwo(string name, string first, string second) =>
        workflow.StartAsync(name, [first, second], test.Token);

    [When("the scientist starts the {string} workflow for {word} with:")]
    public Task WhenTheScientistStartsTheWorkflowWith(string name, string source, IReadOnlyList<WorkflowParameter> parameters) =>
        workflow.StartAsync(name, [source], test.Token, parameters);

    [Given("the scientist has started the {string} workflow for {word}")]
    public async Task GivenTheScientistHasStartedTheWorkflow(string name, string source)
    {
        await workflow.StartAsync(name, [source], test.Token);
        (await workflow.WaitForStartOutcomeAsync(test.Token)).IsError.Should().BeFalse();
    }

    [Given("the {string} workflow is running for {word}")]
    public async Task GivenTheWorkflowIsRunningFor(string name, string source)
    {
        await workflow.StartAsync(name, [source], test.Token);
        await workflow.WaitForResultsAsync(test.Token);
    }

    [When("the scientist changes the parameters to:")]
    public Task WhenTheScientistChangesTheParameters(IReadOnlyList<WorkflowParameter> parameters) =>
        workflow.RestartAsync(test.Token, parameters);

    [When("the scientist starts the workflow again")]
    public Task WhenTheScientistStartsTheWorkflowAgain() => workflow.RestartAsync(test.Token);

    [When("the scientist starts the workflow again {int} times in a row")]
    public Task WhenTheScientistStartsTheWorkflowAgainTimes(int times) => workflow.RestartRepeatedlyAsync(times, test.Token);

    [When("the scientist stops the workflow")]
    public async Task WhenTheScientistStopsTheWorkflow() =>
        (await workflow.StopAsync(test.Token)).Should().BeTrue("a running workflow has jobs to stop");

    [When("the scientist resets the workflow")]
    public void WhenTheScientistResetsTheWorkflow() =>
        workflow.Reset(test.Token).Should().BeTrue("the workflow has a current job to reset");

    [Then("the start is acknowledged")]
    public async Task ThenTheStartIsAcknowledged() =>
        (await workflow.WaitForStartOutcomeAsync(test.Token)).IsError.Should().BeFalse();

    [Then("the start is rejected because {string}")]
    public async Task ThenTheStartIsRejectedBecause(string reason)
    {
        var outcome = await workflow.WaitForStartOutcomeAsync(test.Token);
        outcome.IsError.Should().BeTrue();
        outcome.Text.Should().Contain(reason);
    }

    [Then("the reset is rejected because {string}")]
    public async Task ThenTheResetIsRejectedBecause(string reason)
    {
        var outcome = await workflow.WaitForResetOutcomeAsync(test.Token);
        outcome.IsError.Should().BeTrue();
        outcome.Text.Should().Contain(reason);
    }
}
