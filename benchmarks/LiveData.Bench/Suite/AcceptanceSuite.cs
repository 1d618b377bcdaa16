using CliWrap;
using LiveData.Checkout;
using LiveData.Processes;

namespace LiveData.Bench.Suite;

/// <summary>
/// The repository's acceptance suite: where its last run left its Cucumber Messages (<c>$LIVEDATA_REPORT_DIR</c>,
/// else <c>artifacts/report</c> at the repository root, as the suite writes them) and how to run it.
/// </summary>
public sealed class AcceptanceSuite
{
    public const string Project = "steps/LiveData.Acceptance.csproj";

    private AcceptanceSuite(string? repositoryRoot, string? reportPath)
    {
        RepositoryRoot = repositoryRoot;
        ReportPath = reportPath;
    }

    /// <summary>The checkout the bench runs in, or null when it runs outside one.</summary>
    public string? RepositoryRoot { get; }

    /// <summary>Where the report is, or null when neither the variable nor a checkout says.</summary>
    public string? ReportPath { get; }

    /// <summary>Finds the checkout at or above <paramref name="startDirectory"/> and the report the suite left there.</summary>
    public static AcceptanceSuite Locate(string startDirectory, Func<string, string?> environment)
    {
        var root = Checkout.RepositoryRoot.Find(startDirectory);
        var reportDirectory = AcceptanceReport.Directory(environment, root);
        return new AcceptanceSuite(root, reportDirectory is null ? null : Path.Combine(reportDirectory, AcceptanceReport.MessagesFileName));
    }

    /// <summary>
    /// Runs <c>dotnet test --project steps/LiveData.Acceptance.csproj</c> at the repository root, scenarios in
    /// parallel as configured or one at a time; returns its exit code and output tail.
    /// </summary>
    public async Task<(int ExitCode, string OutputTail)> RunAsync(bool sequential, CancellationToken ct)
    {
        var root = RepositoryRoot ?? throw new InvalidOperationException($"Not inside a LiveData checkout (no {Checkout.RepositoryRoot.SolutionFile} above the current directory)");
        var output = new OutputLog("acceptance");
        var result = await Cli.Wrap(LiveDataExecutable.DotnetHost)
            .WithArguments(["test", "--project", Project, .. sequential ? new[] { "--", "--parallel", "none" } : []])
            .WithWorkingDirectory(root)
            .WithStandardOutputPipe(PipeTarget.ToDelegate(output.Append))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(output.Append))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(ct);
        return (result.ExitCode, output.Tail(20));
    }
}
