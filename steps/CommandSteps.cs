using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>The commands the dashboard sends to the services (start, stop) and who answers them.</summary>
[Binding]
public sealed class CommandSteps(FaultDriver faults, WorkflowDriver workflow, ScaleOutDriver scaleOut, ScenarioCancellation test)
{
    [When("the start is sent")]
    [Then("the start is sent")]
    public Task ThenTheStartIsSent() => faults.WaitForCommandsAsync(1, test.Token);

    [Then("exactly {int} stop command(s) is/are sent")]
    public async Task ThenExactlyStopCommandsAreSent(int count) =>
        (await faults.CountCommandsBeforeReissueAsync(count, test.Token)).Should().Be(count, "a stop is repeated only after the re-issue interval");

    [Then("the stop is sent again while the job still looks alive")]
    public Task ThenTheStopIsSentAgain() => faults.WaitForCommandsAsync(2, test.Token, faults.ReissueTimeout);

    [Then("the dashboard reports that the start went unanswered")]
    public async Task ThenTheStartWentUnanswered() =>
        (await workflow.WaitForStartOutcomeAsync(test.Token)).Text.Should().Contain("no response");

    [Then("no service answered the start")]
    public async Task ThenNoServiceAnsweredTheStart() => (await faults.ResponsesSinceStartAsync(test.Token)).Should().Be(0);

    [Then("exactly one service answered the start")]
    public async Task ThenExactlyOneServiceAnsweredTheStart() =>
        (await faults.ResponsesSinceStartAsync(test.Token)).Should().Be(1, "only the service hosting the workflow acknowledges it");

    [Then("each start was answered once, by the worker hosting its source")]
    public async Task ThenEachStartWasAnsweredOnceByTheWorkerHostingItsSource()
    {
        (await faults.ResponsesSinceStartAsync(test.Token)).Should().Be(workflow.Jobs.Count, "a worker answers only for the sources it hosts");
        foreach (var job in workflow.Jobs)
        {
            scaleOut.WorkersWithJobFor(job.SourceName).Should().ContainSingle($"one worker hosts {job.SourceName}")
                .Which.Should().Contain(job.SourceName);
        }
    }
}
