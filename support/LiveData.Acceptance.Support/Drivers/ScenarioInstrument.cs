using LiveData.Bdd;
using LiveData.Instruments;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>The instrument a scenario runs against: its <c>@instrument:NAME</c> tag, else dummy.</summary>
public sealed class ScenarioInstrument(ScenarioContext scenario)
{
    public const string TagPrefix = "instrument:";
    public const string Default = "dummy";

    public Instrument Instrument { get; } = InstrumentCatalog.Get(
        scenario.ScenarioInfo.Tags.Select(t => t.TrimStart('@')).LastOrDefault(t => t.StartsWith(TagPrefix, StringComparison.Ordinal))?[TagPrefix.Length..]
        ?? Default);

    public string Name => Instrument.Name;
}
