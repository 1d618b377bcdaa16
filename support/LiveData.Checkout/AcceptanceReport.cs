namespace LiveData.Checkout;

/// <summary>
/// Where the acceptance suite writes its living documentation (HTML and Cucumber Messages):
/// <c>$LIVEDATA_REPORT_DIR</c>, else <c>artifacts/report</c> at the repository root.
/// </summary>
public static class AcceptanceReport
{
    public const string DirectoryVariable = "LIVEDATA_REPORT_DIR";
    public const string MessagesFileName = "cucumber.ndjson";

    /// <summary>The report folder of a checkout when <see cref="DirectoryVariable"/> does not name one.</summary>
    public static string DefaultDirectory(string repositoryRoot) => Path.Combine(repositoryRoot, "artifacts", "report");

    /// <summary>The configured folder, else the checkout's default, else null when neither says.</summary>
    public static string? Directory(Func<string, string?> environment, string? repositoryRoot) =>
        environment(DirectoryVariable) is { Length: > 0 } configured
            ? Path.GetFullPath(configured)
            : repositoryRoot is null ? null : DefaultDirectory(repositoryRoot);
}
