namespace LiveData.Bdd;

/// <summary>
/// The checkout the tests run from: the first folder at or above a start folder that holds <see cref="SolutionFile"/>.
/// Tests, steps and the adapter all find it this one way (LiveData.Bdd is the lowest project each of them references).
/// </summary>
public static class RepositoryRoot
{
    public const string SolutionFile = "LiveData.sln";

    /// <summary>The root at or above <paramref name="startDirectory"/>, or null outside a checkout.</summary>
    public static string? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFile)))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    /// <summary>The root above the running test assembly.</summary>
    /// <exception cref="DirectoryNotFoundException">the assembly does not run from a checkout.</exception>
    public static string OfTestAssembly() =>
        Find(AppContext.BaseDirectory) ?? throw new DirectoryNotFoundException($"No {SolutionFile} above {AppContext.BaseDirectory}");
}
