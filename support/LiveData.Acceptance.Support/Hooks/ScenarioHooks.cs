using LiveData.Acceptance.Support.Drivers;
using Reqnroll;
using Xunit;

namespace LiveData.Acceptance.Support.Hooks;

/// <summary>
/// A failed scenario gets its diagnostics written to the test's console output (the report has them as an attachment). The dashboard and every service process are
/// stopped afterwards by disposal of the scenario's drivers (newest first, so the dashboard before the services),
/// which the adapter runs even when a step or a hook failed.
/// </summary>
[Binding]
public sealed class ScenarioHooks(ScenarioContext scenario, ScenarioDiagnostics diagnostics)
{
    [AfterScenario(Order = 0)]
    public async Task ReportFailure()
    {
        if (scenario.TestError is not null)
        {
            TestContext.Current.TestOutputHelper?.WriteLine(await diagnostics.DumpAsync(CancellationToken.None));
        }
    }
}
