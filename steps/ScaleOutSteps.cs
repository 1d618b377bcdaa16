using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ScaleOutSteps(ScaleOutDriver scaleOut, WorkflowDriver workflow, FaultDriver faults)
{
    [Given("fake detectors and detector_data workers hosting {string} and {string} are running")]
    public Task GivenDetectorWorkersHostingAreRunning(string first, string second, CancellationToken ct) =>
        scaleOut.StartWorkersAsync([first, second], ct);

    [Then("each start was answered once, by the worker hosting its source")]
    public async Task ThenEachStartWasAnsweredOnceByTheWorkerHostingItsSource(CancellationToken ct)
    {
        (await faults.ResponsesSinceStartAsync(ct)).Should().Be(workflow.Jobs.Count, "a worker answers only for the sources it hosts");
        foreach (var job in workflow.Jobs)
        {
            scaleOut.WorkersWithJobFor(job.SourceName).Should().ContainSingle($"one worker hosts {job.SourceName}")
                .Which.Should().Contain(job.SourceName);
        }
    }
}
