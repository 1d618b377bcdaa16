namespace LiveData.Bdd;

/// <summary>
/// What a scenario says about itself. As in Reqnroll, tags are written without '@'; <see cref="Tags"/> are
/// the scenario's own (including its Examples' tags), <see cref="CombinedTags"/> add those inherited from
/// the feature and rule. <see cref="Arguments"/> hold an outline row's values in column order.
/// </summary>
public sealed class ScenarioInfo(
    string title,
    string description,
    IReadOnlyList<string> tags,
    IReadOnlyList<string> combinedTags,
    IReadOnlyDictionary<string, string> arguments)
{
    public string Title { get; } = title;

    public string Description { get; } = description;

    public IReadOnlyList<string> Tags { get; } = tags;

    public IReadOnlyList<string> CombinedTags { get; } = combinedTags;

    public IReadOnlyDictionary<string, string> Arguments { get; } = arguments;
}
