using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class WorkflowLifecycleSteps(WorkflowDriver workflow, ScenarioCancellation test)
{
    [When("the scientist starts the {string} workflow for {word}")]
    public Task WhenTheScientistStartsTheWorkflowFor(string name, string source) =>
        workflow.StartAsync(name, [source], test.Token);

    [When("the scientist starts the {string} workflow for {word} with:")]
    public Task WhenTheScientistStartsTheWorkflowWith(string name, string source, Table parameters) =>
        workflow.StartAsync(name, [source], test.Token, parameters.Rows.ToDictionary(r => r["parameter"], r => r["value"]));

    [When("the scientist changes the parameters to:")]
    public Task WhenTheScientistChangesTheParameters(Table parameters) =>
        workflow.RestartAsync(test.Token, parameters.Rows.ToDictionary(r => r["parameter"], r => r["value"]));

    [Given("the scientist has started the {string} workflow for {word}")]
    public async Task GivenTheScientistHasStartedTheWorkflow(string name, string source)
    {
        await workflow.StartAsync(name, [source], test.Token);
        (await workflow.WaitForStartOutcomeAsync(test.Token)).IsError.Should().BeFalse();
    }

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

    [Given("the {string} workflow is running for {word}")]
    public async Task GivenTheWorkflowIsRunningFor(string name, string source)
    {
        await workflow.StartAsync(name, [source], test.Token);
        await workflow.WaitForResultsAsync(test.Token);
    }

    [Then("one job is started, for {word}")]
    public void ThenOneJobIsStartedFor(string source) =>
        workflow.Jobs.Should().ContainSingle().Which.SourceName.Should().Be(source);

    [Then("results arrive for every started job")]
    public Task ThenResultsArriveForEveryStartedJob() => workflow.WaitForResultsAsync(test.Token);

    [When("the scientist stops the workflow")]
    public async Task WhenTheScientistStopsTheWorkflow() =>
        (await workflow.StopAsync(test.Token)).Should().BeTrue("a running workflow has jobs to stop");
}
