using LiveData.Instruments;
using LiveData.Messaging;
using Reqnroll;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The instrument a scenario runs against (its outline's <c>instrument</c> column, else its or its feature's
/// <c>@instrument:NAME</c> tag, else dummy) and the scenario's
/// own topic namespace, so scenarios running at the same time on one broker never see each other's messages.
/// </summary>
public sealed class ScenarioInstrument(ScenarioContext scenario)
{
    public const string TagPrefix = "instrument:";
    public const string Default = "dummy";

    public const string Column = "instrument";

    public Instrument Instrument { get; } = InstrumentCatalog.Get(NameOf(scenario.ScenarioInfo));

    public string Name => Instrument.Name;

    /// <summary>Unique per scenario; every service, dashboard, publisher and watermark check of the scenario uses it.</summary>
    public TopicNamespace Namespace { get; } = TopicNamespace.Of($"s{Guid.NewGuid():N}"[..9] + "-");

    public InstrumentTopics Topics => InstrumentTopics.For(Name, Namespace);

    // Combined tags list the scenario's own before the feature's, so a scenario's tag wins.
    private static string NameOf(ScenarioInfo info) =>
        info.Arguments?[Column] as string
        ?? info.CombinedTags.FirstOrDefault(t => t.StartsWith(TagPrefix, StringComparison.Ordinal))?[TagPrefix.Length..]
        ?? Default;
}
