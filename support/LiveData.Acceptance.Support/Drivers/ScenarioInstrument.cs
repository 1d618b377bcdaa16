using LiveData.Instruments;
using LiveData.Messaging.Topics;
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

    private static string NameOf(ScenarioInfo info) => NameOf(info.Arguments?[Column] as string, info.CombinedTags);

    /// <summary>
    /// The instrument of a scenario with this <c>instrument</c> column value (if an outline row) and these tags, the
    /// scenario's own listed before its feature's so that a scenario's tag wins. The test list uses it for its Instrument trait.
    /// </summary>
    public static string NameOf(string? column, IEnumerable<string> tags) =>
        column
        ?? tags.FirstOrDefault(t => t.StartsWith(TagPrefix, StringComparison.Ordinal))?[TagPrefix.Length..]
        ?? Default;
}
