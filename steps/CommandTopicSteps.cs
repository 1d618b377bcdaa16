using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class CommandTopicSteps(FaultDriver faults, WorkflowDriver workflow)
{
    [When("the start command is on the commands topic")]
    [Then("the start command is on the commands topic")]
    public Task ThenTheStartCommandIsOnTheCommandsTopic(CancellationToken ct) => faults.WaitForCommandsAsync(1, ct);

    [Then("exactly {int} stop command(s) is/are sent")]
    public async Task ThenExactlyStopCommandsAreSent(int count, CancellationToken ct) =>
        (await faults.WaitForCommandsAsync(count, ct)).Should().Be(count);

    [Then("the stop is sent again while the job still looks alive")]
    public Task ThenTheStopIsSentAgain(CancellationToken ct) => faults.WaitForCommandsAsync(2, ct, faults.ReissueTimeout);

    [Then("the workflow is no longer active")]
    public void ThenTheWorkflowIsNoLongerActive() => faults.ActiveJobNumber().Should().BeNull();

    [Then("the dashboard reports that the start went unanswered")]
    public async Task ThenTheStartWentUnanswered(CancellationToken ct) =>
        (await workflow.WaitForStartOutcomeAsync(ct)).Text.Should().Contain("no response");

    [Then("no response was published")]
    public async Task ThenNoResponseWasPublished(CancellationToken ct) => (await faults.ResponsesSinceStartAsync(ct)).Should().Be(0);

    [Then("no job status was reported")]
    public void ThenNoJobStatusWasReported() => faults.ReportedJobs().Should().NotIntersectWith(workflow.Jobs);
}
