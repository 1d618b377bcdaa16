namespace LiveData.Bdd;

/// <summary>What a scenario's feature says about itself. Tags are written without '@', as in Reqnroll.</summary>
public sealed class FeatureInfo(string title, string description, IReadOnlyList<string> tags, string filePath)
{
    public string Title { get; } = title;

    public string Description { get; } = description;

    public IReadOnlyList<string> Tags { get; } = tags;

    /// <summary>The feature file relative to the test output, e.g. features/reconfiguration/bins.feature.</summary>
    public string FilePath { get; } = filePath;

    public string FolderPath => Path.GetDirectoryName(FilePath)?.Replace('\\', '/') ?? string.Empty;
}
