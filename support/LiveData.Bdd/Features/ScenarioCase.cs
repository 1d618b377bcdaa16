using System.Collections.Specialized;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace LiveData.Bdd.Features;

/// <summary>
/// One runnable scenario: a pickle (an outline gives one per Examples row, Background steps already in front),
/// with what Reqnroll's generated code would pass for it.
/// </summary>
public sealed class ScenarioCase
{
    public const string IgnoreTag = "ignore";

    private readonly Scenario _scenario;
    private readonly Rule? _rule;
    private readonly string[] _tags;
    private readonly string[] _inheritedTags;
    private readonly (string Name, string Value)[] _arguments;

    internal ScenarioCase(string path, int pickleIndex, Pickle pickle, FeatureInfo feature, GherkinIndex index)
    {
        PickleIndex = pickleIndex;
        Feature = feature;
        (_scenario, _rule) = index.Scenario(pickle.AstNodeIds[0]);
        var exampleRow = pickle.AstNodeIds.Count > 1 ? index.ExampleRow(pickle.AstNodeIds[1]) : null;
        _tags = GherkinFeature.Tags(_scenario.Tags.Concat(exampleRow?.Examples.Tags ?? []));
        _inheritedTags = [.. feature.Tags, .. GherkinFeature.Tags(_rule?.Tags ?? [])];
        _arguments = exampleRow is { } row
            ? [.. row.Examples.TableHeader.Cells.Zip(row.Row.Cells, (h, c) => (h.Value, c.Value))]
            : [];
        Line = (int)(exampleRow?.Row.Location.Line ?? _scenario.Location.Line);
        Id = $"{path}:{Line}";
        Steps = [.. pickle.Steps.Select(step => new ScenarioStep(step, index.Step(step.AstNodeIds[0])))];
    }

    /// <summary>Stable and readable: the feature's path under features/ and the line, e.g. monitors/histograms.feature:12.</summary>
    public string Id { get; }

    public int Line { get; }

    public FeatureInfo Feature { get; }

    public string Title => _scenario.Name;

    public int PickleIndex { get; }

    /// <summary>The scenario's tags with those of its Examples, feature and rule, without '@'.</summary>
    public IReadOnlyList<string> Tags => [.. _tags, .. _inheritedTags];

    public IReadOnlyList<(string Name, string Value)> Arguments => _arguments;

    public IReadOnlyList<ScenarioStep> Steps { get; }

    public bool IsIgnored => Tags.Contains(IgnoreTag, StringComparer.OrdinalIgnoreCase);

    /// <summary>"Feature: Scenario", and "[column=value, …]" for an outline row.</summary>
    public string DisplayName => _arguments.Length == 0
        ? $"{Feature.Title}: {Title}"
        : $"{Feature.Title}: {Title} [{string.Join(", ", _arguments.Select(a => $"{a.Name}={a.Value}"))}]";

    /// <summary>A new one per run: Reqnroll keeps the run's state (the pickle's step position) in it.</summary>
    public ScenarioInfo NewScenarioInfo()
    {
        var arguments = new OrderedDictionary();
        foreach (var (name, value) in _arguments)
        {
            arguments[name] = value;
        }

        return new ScenarioInfo(Title, _scenario.Description.Trim(), _tags, arguments, _inheritedTags, PickleIndex.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public RuleInfo? NewRuleInfo() => _rule is null ? null : new RuleInfo(_rule.Name, _rule.Description.Trim(), GherkinFeature.Tags(_rule.Tags));
}
