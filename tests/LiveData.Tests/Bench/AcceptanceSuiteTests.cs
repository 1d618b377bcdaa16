using LiveData.Bench.Suite;
using LiveData.Checkout;

namespace LiveData.Tests.Bench;

public sealed class AcceptanceSuiteTests : IDisposable
{
    private static readonly Func<string, string?> NoVariables = _ => null;
    private readonly string _root = Directory.CreateTempSubdirectory("acceptance-suite-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Inside_a_checkout_the_report_is_under_artifacts_report_at_its_root()
    {
        File.WriteAllText(Path.Combine(_root, RepositoryRoot.SolutionFile), "");
        var nested = Directory.CreateDirectory(Path.Combine(_root, "src", "LiveData.Cli")).FullName;

        var suite = AcceptanceSuite.Locate(nested, NoVariables);

        suite.RepositoryRoot.Should().Be(_root);
        suite.ReportPath.Should().Be(Path.Combine(_root, "artifacts", "report", "cucumber.ndjson"));
    }

    [Fact]
    public void The_report_directory_variable_wins_over_the_checkout()
    {
        File.WriteAllText(Path.Combine(_root, RepositoryRoot.SolutionFile), "");
        var elsewhere = Path.Combine(_root, "elsewhere");

        var suite = AcceptanceSuite.Locate(_root, name => name == AcceptanceReport.DirectoryVariable ? elsewhere : null);

        suite.ReportPath.Should().Be(Path.Combine(elsewhere, "cucumber.ndjson"));
    }

    [Fact]
    public async Task Outside_a_checkout_without_the_variable_there_is_no_report_and_no_suite_to_run()
    {
        var suite = AcceptanceSuite.Locate(_root, NoVariables);

        suite.RepositoryRoot.Should().BeNull();
        suite.ReportPath.Should().BeNull();
        var run = () => suite.RunAsync(sequential: false, TestContext.Current.CancellationToken);
        await run.Should().ThrowAsync<InvalidOperationException>().WithMessage("*LiveData.sln*");
    }
}
