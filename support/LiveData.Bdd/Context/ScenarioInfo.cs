namespace LiveData.Bdd;

/// <summary>
/// What a scenario says about itself. Tags are written without '@', as in Reqnroll. Unlike Reqnroll,
/// <see cref="Tags"/> already include the tags inherited from the feature, rule and Examples; code that
/// should keep working after a switch to Reqnroll reads <see cref="CombinedTags"/>, which means the same
/// in both. <see cref="Arguments"/> hold an outline row's values in column order.
/// </summary>
public sealed class ScenarioInfo(
    string title,
    string description,
    IReadOnlyList<string> tags,
    IReadOnlyDictionary<string, string> arguments)
{
    public string Title { get; } = title;

    public string Description { get; } = description;

    public IReadOnlyList<string> Tags { get; } = tags;

    public IReadOnlyList<string> CombinedTags => Tags;

    public IReadOnlyDictionary<string, string> Arguments { get; } = arguments;
}
