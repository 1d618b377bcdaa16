namespace LiveData.Checkout;

/// <summary>
/// The checkout the tests and the bench run from: the first folder at or above a start folder that holds
/// <see cref="SolutionFile"/>. The adapter, steps, unit tests and bench all find it this one way.
/// </summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "LiveData.sln";

    /// <summary>The root at or above <paramref name="startDirectory"/>, or null outside a checkout.</summary>
    public static string? Find(string startDirectory) =>
        Ancestors.Of(startDirectory).FirstOrDefault(d => File.Exists(Path.Combine(d, SolutionFile)));

    /// <summary>The root above the running test assembly.</summary>
    /// <exception cref="DirectoryNotFoundException">the assembly does not run from a checkout.</exception>
    public static string OfTestAssembly() =>
        Find(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException($"No {SolutionFile} above {AppContext.BaseDirectory}");
}
