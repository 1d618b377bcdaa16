using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class WorkflowLifecycleSteps(WorkflowDriver workflow)
{
    [When("the scientist starts the {string} workflow for {word}")]
    public Task WhenTheScientistStartsTheWorkflowFor(string name, string source, CancellationToken ct) =>
        workflow.StartAsync(name, [source], ct);

    [When("the scientist starts the {string} workflow for {word} with:")]
    public Task WhenTheScientistStartsTheWorkflowWith(string name, string source, Table parameters, CancellationToken ct) =>
        workflow.StartAsync(name, [source], ct, parameters.Rows.ToDictionary(r => r["parameter"], r => r["value"]));

    [When("the scientist changes the parameters to:")]
    public Task WhenTheScientistChangesTheParameters(Table parameters, CancellationToken ct) =>
        workflow.RestartAsync(ct, parameters.Rows.ToDictionary(r => r["parameter"], r => r["value"]));

    [Given("the scientist has started the {string} workflow for {word}")]
    public async Task GivenTheScientistHasStartedTheWorkflow(string name, string source, CancellationToken ct)
    {
        await workflow.StartAsync(name, [source], ct);
        (await workflow.WaitForStartOutcomeAsync(ct)).IsError.Should().BeFalse();
    }

    [Then("the start is acknowledged")]
    public async Task ThenTheStartIsAcknowledged(CancellationToken ct) =>
        (await workflow.WaitForStartOutcomeAsync(ct)).IsError.Should().BeFalse();

    [Then("the start is rejected because {string}")]
    public async Task ThenTheStartIsRejectedBecause(string reason, CancellationToken ct)
    {
        var outcome = await workflow.WaitForStartOutcomeAsync(ct);
        outcome.IsError.Should().BeTrue();
        outcome.Text.Should().Contain(reason);
    }

    [Given("the {string} workflow is running for {word}")]
    public async Task GivenTheWorkflowIsRunningFor(string name, string source, CancellationToken ct)
    {
        await workflow.StartAsync(name, [source], ct);
        await workflow.WaitForResultsAsync(ct);
    }

    [Then("one job is started, for {word}")]
    public void ThenOneJobIsStartedFor(string source) =>
        workflow.Jobs.Should().ContainSingle().Which.SourceName.Should().Be(source);

    [Then("results arrive for every started job")]
    public Task ThenResultsArriveForEveryStartedJob(CancellationToken ct) => workflow.WaitForResultsAsync(ct);

    [When("the scientist stops the workflow")]
    public async Task WhenTheScientistStopsTheWorkflow(CancellationToken ct) =>
        (await workflow.StopAsync(ct)).Should().BeTrue("a running workflow has jobs to stop");
}
