using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ScaleOutSteps(ScaleOutDriver scaleOut, WorkflowDriver workflow, FaultDriver faults, ScenarioCancellation test)
{
    [Given("fake detectors and detector_data workers hosting {string} and {string} are running")]
    public Task GivenDetectorWorkersHostingAreRunning(string first, string second) =>
        scaleOut.StartWorkersAsync([first, second], test.Token);

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
