using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>
/// One runnable scenario: a pickle (an outline contributes one per Examples row, Background steps
/// already prepended) with the feature context needed to run and report it.
/// </summary>
public sealed class ScenarioCase(
    string id,
    Pickle pickle,
    FeatureInfo featureInfo,
    ScenarioInfo scenarioInfo,
    IReadOnlyList<ScenarioStep> steps,
    int line,
    FeatureSource source)
{
    /// <summary>Stable, readable id: the feature path under the features folder and the line, e.g. bins.feature:12.</summary>
    public string Id { get; } = id;

    public Pickle Pickle { get; } = pickle;

    public FeatureInfo FeatureInfo { get; } = featureInfo;

    public ScenarioInfo ScenarioInfo { get; } = scenarioInfo;

    public IReadOnlyList<ScenarioStep> Steps { get; } = steps;

    /// <summary>The scenario's line, or the Examples row's line for an outline row.</summary>
    public int Line { get; } = line;

    /// <summary>The feature file this scenario comes from, as written and as parsed.</summary>
    public FeatureSource Source { get; } = source;

    /// <summary>"Feature: Scenario", plus "[column=value, ...]" for an outline row.</summary>
    public string DisplayName =>
        ScenarioInfo.Arguments.Count == 0
            ? $"{FeatureInfo.Title}: {ScenarioInfo.Title}"
            : $"{FeatureInfo.Title}: {ScenarioInfo.Title} [{string.Join(", ", ScenarioInfo.Arguments.Select(a => $"{a.Key}={a.Value}"))}]";

    /// <summary>Where the scenario is written, e.g. features/bins.feature:12.</summary>
    public string Location => $"{FeatureInfo.FilePath}:{Line}";
}
