using LiveData.Acceptance.Support.Drivers;
using Reqnroll;

namespace LiveData.Acceptance.Support.Hooks;

/// <summary>
/// After every scenario, failed or not: a failed one gets its diagnostics written to the test output,
/// then the dashboard and every service process are stopped (services last, so nothing is left running).
/// </summary>
[Binding]
public sealed class ScenarioHooks(ScenarioContext scenario, IReqnrollOutputHelper output, ScenarioDiagnostics diagnostics, DashboardDriver dashboard, ServiceGroupDriver services)
{
    [AfterScenario(Order = 0)]
    public async Task ReportFailure()
    {
        if (scenario.TestError is not null)
        {
            output.WriteLine(await diagnostics.DumpAsync(CancellationToken.None));
        }
    }

    [AfterScenario(Order = 100)]
    public async Task StopDashboard() => await dashboard.DisposeAsync();

    [AfterScenario(Order = 200)]
    public async Task StopServices() => await services.DisposeAsync();
}
