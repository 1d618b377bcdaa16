namespace LiveData.Bdd;

/// <summary>No step definition matches a step; <see cref="Snippet"/> is a binding to paste and fill in.</summary>
public sealed class MissingStepDefinitionException(string stepText, string snippet)
    : Exception($"No step definition matches '{stepText}'. Add one:{Environment.NewLine}{snippet}")
{
    public string Snippet { get; } = snippet;
}
