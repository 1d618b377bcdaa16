using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>The dashboard itself: its settings, its records, closing and reopening it, and how closely it keeps up.</summary>
[Binding]
public sealed class DashboardSteps(DashboardDriver dashboard, WorkflowDriver workflow, LoadDriver load, ScenarioCancellation test)
{
    [Given("the dashboard repeats an unanswered stop every {int} seconds")]
    public void GivenTheDashboardRepeatsAnUnansweredStop(int seconds) =>
        dashboard.Configure(o => o with { StopReissueInterval = TimeSpan.FromSeconds(seconds) });

    [Given("the dashboard flags a worker silent for {int} seconds as stale")]
    public void GivenTheDashboardFlagsASilentWorker(int seconds) =>
        dashboard.Configure(o => o with { ServiceStatusTimeout = TimeSpan.FromSeconds(seconds) });

    [Given("the dashboard gives up on unanswered commands after {int} seconds")]
    public void GivenTheDashboardGivesUpOnUnansweredCommands(int seconds) =>
        dashboard.Configure(o => o with { PendingCommandTimeout = TimeSpan.FromSeconds(seconds) });

    [Given("the dashboard keeps its records on disk")]
    public void GivenTheDashboardKeepsItsRecordsOnDisk() => dashboard.KeepRecordsInDirectory();

    [When("the dashboard is replaced by a new one with no record of the job")]
    public Task WhenTheDashboardIsReplaced() => dashboard.ReplaceAsync(test.Token);

    [When("the dashboard is closed")]
    public Task WhenTheDashboardIsClosed() => dashboard.CloseAsync();

    [When("its record of the current job is lost")]
    public void WhenItsRecordOfTheCurrentJobIsLost() => dashboard.LoseCurrentJobRecord(workflow.Workflow);

    [When("a new dashboard opens with the same records")]
    public Task WhenANewDashboardOpens() => dashboard.OpenNewAsync(test.Token);

    [Then("the new dashboard adopts the running job")]
    public Task ThenTheNewDashboardAdoptsTheRunningJob() =>
        workflow.WaitForActiveJobNumberAsync(workflow.Jobs[0].JobNumber, test.Token);

    [Then("the adopted job's parameters are unknown")]
    public void ThenTheAdoptedJobsParametersAreUnknown() =>
        workflow.KnownParameterNames(workflow.Jobs[0].SourceName).Should().BeEmpty();

    [Then("no command was sent since the new dashboard started")]
    public async Task ThenNoCommandWasSent() => (await dashboard.CommandsSinceOpenedAsync(test.Token)).Should().Be(0);

    [Then("the dashboard never trailed the sent events by more than {int} seconds under load")]
    public void ThenTheDashboardNeverTrailedBy(int seconds) =>
        load.LongestLagSeconds().Should().BeLessThan(seconds, load.Describe());
}
