using Gherkin.CucumberMessages;

namespace LiveData.Bdd.Features;

/// <summary>Every feature file under one folder (recursively, in path order), parsed once, and its scenarios by id.</summary>
public sealed class FeatureFolder
{
    private readonly Dictionary<string, ScenarioCase> _byId;

    private FeatureFolder(IReadOnlyList<GherkinFeature> features)
    {
        Features = features;
        _byId = features.SelectMany(f => f.Scenarios).ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<GherkinFeature> Features { get; }

    public IEnumerable<ScenarioCase> Scenarios => Features.SelectMany(f => f.Scenarios);

    /// <summary>The features copied next to the test assembly, in <c>features/</c>.</summary>
    public static FeatureFolder Default => LazyDefault.Value;

    private static readonly Lazy<FeatureFolder> LazyDefault = new(() => Load(Path.Combine(AppContext.BaseDirectory, "features")));

    public static FeatureFolder Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                $"No features folder at {directory}. Copy the .feature files to the test output " +
                "(<Content Include=\"../features/**/*.feature\" CopyToOutputDirectory=\"PreserveNewest\" />).");
        }

        var ids = new IncrementingIdGenerator();
        return new FeatureFolder([.. Directory.EnumerateFiles(directory, "*.feature", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(path => GherkinFeature.Parse(path, File.ReadAllText(Path.Combine(directory, path)), ids))
            .OfType<GherkinFeature>()]);
    }

    public ScenarioCase Get(string id) =>
        _byId.TryGetValue(id, out var scenario)
            ? scenario
            : throw new KeyNotFoundException($"No scenario '{id}': the feature files changed since the tests were discovered; rebuild and rerun.");
}
