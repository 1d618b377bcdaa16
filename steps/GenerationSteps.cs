using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class GenerationSteps(WorkflowDriver workflow, GenerationDriver generations, HeartbeatDriver heartbeats, ScenarioCancellation test)
{
    [Given("the cumulative total for {word} has grown {int} times")]
    public Task GivenTheCumulativeTotalHasGrown(string source, int times) =>
        generations.WaitForGrowthAsync(source, times, test.Token);

    [When("the scientist starts the workflow again")]
    public Task WhenTheScientistStartsTheWorkflowAgain() => workflow.RestartAsync(test.Token);

    [When("the scientist starts the workflow again {int} times in a row")]
    public Task WhenTheScientistStartsTheWorkflowAgainTimes(int times) => workflow.RestartRepeatedlyAsync(times, test.Token);

    [Then("the new jobs have a new job number")]
    public void ThenTheNewJobsHaveANewJobNumber() =>
        workflow.Starts[^1][0].JobNumber.Should().NotBe(workflow.Starts[^2][0].JobNumber);

    [Then("the first cumulative total for {word} is less than half the last one before the restart")]
    public async Task ThenTheFirstCumulativeTotalIsLessThanHalf(string source) =>
        (await generations.FirstTotalAsync(source, test.Token)).Should().BeLessThan(generations.LastTotalBeforeRestart / 2);

    [Then("only results of the last start are shown, in each of {int} looks")]
    public async Task ThenOnlyResultsOfTheLastStartAreShown(int looks) =>
        (await generations.ShownJobNumbersAsync(looks, test.Token)).Should().Equal([workflow.Starts[^1][0].JobNumber]);

    [Then("the {word} service runs only the job(s) of the last start")]
    public Task ThenTheServiceRunsOnlyTheJobsOfTheLastStart(string service) =>
        heartbeats.WaitForRoundAsync(service, workflow.Workflow, "only the last start's", jobs => jobs.SetEquals(workflow.Starts[^1]), test.Token);
}
