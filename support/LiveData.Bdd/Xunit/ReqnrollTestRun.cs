using System.Reflection;
using LiveData.Bdd.Runtime;
using LiveData.Checkout;
using Reqnroll;
using Reqnroll.Infrastructure;
using Xunit;

namespace LiveData.Bdd.Xunit;

/// <summary>
/// The xunit.v3 assembly fixture around a Reqnroll test run: [BeforeTestRun] hooks on start, [AfterTestRun] hooks on
/// disposal, after which Reqnroll's formatters write the report. Before the run it sets <c>LIVEDATA_REPORT_DIR</c>
/// (when unset) to <c>artifacts/report</c> in the repository, which reqnroll.json's formatter paths name.
/// Register it once in the test assembly: <c>[assembly: AssemblyFixture(typeof(LiveData.Bdd.Xunit.ReqnrollTestRun))]</c>.
/// </summary>
public sealed class ReqnrollTestRun : IAsyncLifetime
{
    internal static IContainerBuilder ContainerBuilder { get; } = new XunitContainerBuilder();

    /// <summary>The xunit.v3 test project is an executable: its entry assembly holds the bindings.</summary>
    public static Assembly TestAssembly { get; } =
        Assembly.GetEntryAssembly() ?? throw new InvalidOperationException("No entry assembly; run the tests from the test project's executable.");

    public async ValueTask InitializeAsync()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(AcceptanceReport.DirectoryVariable)))
        {
            Environment.SetEnvironmentVariable(AcceptanceReport.DirectoryVariable, DefaultReportDirectory());
        }

        await TestRunnerManager.OnTestRunStartAsync(TestAssembly, ContainerBuilder).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await TestRunnerManager.OnTestRunEndAsync(TestAssembly, ContainerBuilder).ConfigureAwait(false);
        TestContext.Current.SendDiagnosticMessage($"Living documentation written to {Environment.GetEnvironmentVariable(AcceptanceReport.DirectoryVariable)}");
    }

    // artifacts/report in the repository root, else beside the assembly.
    private static string DefaultReportDirectory() =>
        AcceptanceReport.DefaultDirectory(RepositoryRoot.Find(AppContext.BaseDirectory) ?? AppContext.BaseDirectory);
}
