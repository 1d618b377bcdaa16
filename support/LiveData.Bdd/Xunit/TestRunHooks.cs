using Xunit;

namespace LiveData.Bdd;

/// <summary>
/// The xunit.v3 assembly fixture that brackets the test run: [BeforeTestRun] hooks on initialisation,
/// [AfterTestRun] hooks on disposal, after which the run's Cucumber Messages are written to
/// <c>cucumber.ndjson</c> in the <see cref="ReportDirectory"/>. Register it once in the test assembly:
/// <code>[assembly: AssemblyFixture(typeof(LiveData.Bdd.TestRunHooks))]</code>
/// <see cref="GherkinScenarios.RunAsync(string)"/> runs scenarios in this fixture's <see cref="TestRun"/>
/// and adds their results to <see cref="Report"/>.
/// </summary>
public sealed class TestRunHooks : IAsyncLifetime
{
    public const string ReportFileName = "cucumber.ndjson";

    public TestRun TestRun { get; } = new(TestAssemblyDefaults.Bindings);

    public CucumberReport Report { get; } = new(DateTimeOffset.UtcNow);

    public async ValueTask InitializeAsync() =>
        await TestRun.BeforeTestRunAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await TestRun.AfterTestRunAsync(TestContext.Current.CancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Written even when the run was cancelled or its last hooks failed: the report is how the failure is read.
            var path = Path.Combine(ReportDirectory.Resolve(), ReportFileName);
            await Report.WriteToFileAsync(path, DateTimeOffset.UtcNow, CancellationToken.None).ConfigureAwait(false);
            TestContext.Current.SendDiagnosticMessage($"Cucumber messages written to {path}");
        }
    }
}
