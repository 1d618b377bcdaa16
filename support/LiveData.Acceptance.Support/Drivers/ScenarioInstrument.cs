using LiveData.Bdd;
using LiveData.Instruments;
using LiveData.Messaging;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// The instrument a scenario runs against (its <c>@instrument:NAME</c> tag, else dummy) and the scenario's
/// own topic namespace, so scenarios running at the same time on one broker never see each other's messages.
/// </summary>
public sealed class ScenarioInstrument(ScenarioContext scenario)
{
    public const string TagPrefix = "instrument:";
    public const string Default = "dummy";

    public Instrument Instrument { get; } = InstrumentCatalog.Get(
        scenario.ScenarioInfo.Tags.Select(t => t.TrimStart('@')).LastOrDefault(t => t.StartsWith(TagPrefix, StringComparison.Ordinal))?[TagPrefix.Length..]
        ?? Default);

    public string Name => Instrument.Name;

    /// <summary>Unique per scenario; every service, dashboard, publisher and watermark check of the scenario uses it.</summary>
    public TopicNamespace Namespace { get; } = TopicNamespace.Of($"s{Guid.NewGuid():N}"[..9] + "-");

    public InstrumentTopics Topics => InstrumentTopics.For(Name, Namespace);
}
