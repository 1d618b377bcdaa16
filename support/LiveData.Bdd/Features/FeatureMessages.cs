using Io.Cucumber.Messages.Types;
using Reqnroll.Formatters.RuntimeSupport;

namespace LiveData.Bdd.Features;

/// <summary>
/// The Cucumber Messages of one feature file (source, document, pickles), as Reqnroll's generated code embeds them:
/// the formatters build the living documentation from them, and each scenario run finds its pickle by index.
/// </summary>
internal sealed class FeatureMessages(Source source, GherkinDocument document, IReadOnlyList<Pickle> pickles) : IFeatureLevelCucumberMessages
{
    public bool HasMessages => true;

    public Source Source { get; } = source;

    public GherkinDocument GherkinDocument { get; } = document;

    public IEnumerable<Pickle> Pickles { get; } = pickles;
}
