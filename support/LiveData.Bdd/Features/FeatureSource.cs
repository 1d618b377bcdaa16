using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>A feature file as written and as parsed: what a living-documentation report quotes.</summary>
public sealed class FeatureSource(string uri, string text, GherkinDocument document)
{
    /// <summary>The path readers see, e.g. features/reconfiguration/bins.feature; the document's and pickles' uri.</summary>
    public string Uri { get; } = uri;

    public string Text { get; } = text;

    public GherkinDocument Document { get; } = document;
}
