using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class CommandTopicSteps(FaultDriver faults, WorkflowDriver workflow, ScenarioCancellation test)
{
    [When("the start command is on the commands topic")]
    [Then("the start command is on the commands topic")]
    public Task ThenTheStartCommandIsOnTheCommandsTopic() => faults.WaitForCommandsAsync(1, test.Token);

    [Then("exactly {int} stop command(s) is/are sent")]
    public async Task ThenExactlyStopCommandsAreSent(int count) =>
        (await faults.CountCommandsBeforeReissueAsync(count, test.Token)).Should().Be(count, "a stop is repeated only after the re-issue interval");

    [Then("the stop is sent again while the job still looks alive")]
    public Task ThenTheStopIsSentAgain() => faults.WaitForCommandsAsync(2, test.Token, faults.ReissueTimeout);

    [Then("the dashboard reports that the start went unanswered")]
    public async Task ThenTheStartWentUnanswered() =>
        (await workflow.WaitForStartOutcomeAsync(test.Token)).Text.Should().Contain("no response");

    [Then("no response was published")]
    public async Task ThenNoResponseWasPublished() => (await faults.ResponsesSinceStartAsync(test.Token)).Should().Be(0);

    [Then("no job status was reported")]
    public void ThenNoJobStatusWasReported() => faults.ReportedJobs().Should().NotIntersectWith(workflow.Jobs);
}
