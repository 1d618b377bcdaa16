using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class GenerationSteps(WorkflowDriver workflow, GenerationDriver generations)
{
    [Given("the cumulative total for {word} has grown {int} times")]
    public Task GivenTheCumulativeTotalHasGrown(string source, int times, CancellationToken ct) =>
        generations.WaitForGrowthAsync(source, times, ct);

    [When("the scientist starts the workflow again")]
    public Task WhenTheScientistStartsTheWorkflowAgain(CancellationToken ct) => workflow.RestartAsync(ct);

    [When("the scientist starts the workflow again {int} times in a row")]
    public Task WhenTheScientistStartsTheWorkflowAgainTimes(int times, CancellationToken ct) => workflow.RestartRepeatedlyAsync(times, ct);

    [Then("the new jobs have a new job number")]
    public void ThenTheNewJobsHaveANewJobNumber() =>
        workflow.Starts[^1][0].JobNumber.Should().NotBe(workflow.Starts[^2][0].JobNumber);

    [Then("the first cumulative total for {word} is less than half the last one before the restart")]
    public async Task ThenTheFirstCumulativeTotalIsLessThanHalf(string source, CancellationToken ct) =>
        (await generations.FirstTotalAsync(source, ct)).Should().BeLessThan(generations.LastTotalBeforeRestart / 2);

    [Then("only results of the last start are shown, in each of {int} looks")]
    public async Task ThenOnlyResultsOfTheLastStartAreShown(int looks, CancellationToken ct) =>
        (await generations.ShownJobNumbersAsync(looks, ct)).Should().Equal([workflow.Starts[^1][0].JobNumber]);
}
