using LiveData.Acceptance.Support.Drivers;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class DashboardTimingSteps(DashboardDriver dashboard)
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
}
