namespace LiveData.Bdd;

/// <summary>
/// Where a test run writes its report: <c>$LIVEDATA_REPORT_DIR</c> if set, else <c>artifacts/report</c> in the
/// repository root (the first folder above the test assembly holding the solution file), else next to the test assembly.
/// </summary>
public static class ReportDirectory
{
    public const string Variable = "LIVEDATA_REPORT_DIR";
    public const string SolutionFile = "LiveData.sln";

    public static string Resolve() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : Path.Combine(RepositoryRoot(AppContext.BaseDirectory) ?? AppContext.BaseDirectory, "artifacts", "report");

    private static string? RepositoryRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
