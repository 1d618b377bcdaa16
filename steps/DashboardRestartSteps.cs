using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class DashboardRestartSteps(DashboardDriver dashboard, WorkflowDriver workflow, TopicDriver topics, ScenarioCancellation test)
{
    [Given("the dashboard keeps its records on disk")]
    public void GivenTheDashboardKeepsItsRecordsOnDisk() => dashboard.KeepRecordsInDirectory();

    [When("the dashboard is replaced by a new one with no record of the job")]
    public async Task WhenTheDashboardIsReplaced()
    {
        await dashboard.CloseAsync();
        await WhenANewDashboardOpens();
    }

    [When("the dashboard is closed")]
    public Task WhenTheDashboardIsClosed() => dashboard.CloseAsync();

    [When("its record of the current job is lost")]
    public void WhenItsRecordOfTheCurrentJobIsLost() => dashboard.LoseCurrentJobRecord(workflow.Workflow);

    [When("a new dashboard opens with the same records")]
    public async Task WhenANewDashboardOpens()
    {
        await topics.MarkAsync(topics.Topics.Commands, test.Token);
        await dashboard.StartedAsync(test.Token);
    }

    [Then("the new dashboard adopts the running job")]
    public Task ThenTheNewDashboardAdoptsTheRunningJob() =>
        workflow.WaitForActiveJobNumberAsync(workflow.Jobs[0].JobNumber, test.Token);

    [Then("the adopted job's parameters are unknown")]
    public void ThenTheAdoptedJobsParametersAreUnknown() =>
        dashboard.Backend.JobOrchestrator.GetActiveJobSet(workflow.Workflow)!.ParamsBySource[workflow.Jobs[0].SourceName]
            .EnumerateObject().Should().BeEmpty();

    [Then("no command was sent since the new dashboard started")]
    public async Task ThenNoCommandWasSent() =>
        (await topics.SinceMarkAsync(topics.Topics.Commands, test.Token)).Should().Be(0);
}
