using Gherkin.CucumberMessages;

namespace LiveData.Bdd;

/// <summary>All scenarios of a set of feature files, by id.</summary>
public sealed class FeatureLibrary
{
    private readonly Dictionary<string, ScenarioCase> _byId;

    private FeatureLibrary(IReadOnlyList<ScenarioCase> scenarios)
    {
        Scenarios = scenarios;
        _byId = scenarios.ToDictionary(s => s.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<ScenarioCase> Scenarios { get; }

    /// <summary>The features copied next to the test assembly: <c>AppContext.BaseDirectory/features</c>.</summary>
    public static FeatureLibrary LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, "features"));

    /// <summary>Loads every *.feature file under <paramref name="directory"/>, in path order.</summary>
    public static FeatureLibrary Load(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException(
                $"No features folder at {directory}. Copy the .feature files to the test output " +
                "(<Content Include=\"...\\*.feature\" CopyToOutputDirectory=\"PreserveNewest\" />).");
        }

        var folderName = new DirectoryInfo(directory).Name;
        var ids = new IncrementingIdGenerator();
        var scenarios = Directory.EnumerateFiles(directory, "*.feature", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(directory, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .SelectMany(relative => FeatureParser.Parse(
                relative, $"{folderName}/{relative}", File.ReadAllText(Path.Combine(directory, relative)), ids))
            .ToList();
        return new FeatureLibrary(scenarios);
    }

    /// <summary>Parses one feature from text; <paramref name="filePath"/> is used in ids and messages.</summary>
    public static FeatureLibrary Parse(string filePath, string gherkin) =>
        new(FeatureParser.Parse(filePath, filePath, gherkin, new IncrementingIdGenerator()));

    public ScenarioCase Get(string id) =>
        _byId.TryGetValue(id, out var scenario)
            ? scenario
            : throw new KeyNotFoundException(
                $"No scenario '{id}'. The feature files changed since the tests were discovered; rebuild and rerun.");
}
