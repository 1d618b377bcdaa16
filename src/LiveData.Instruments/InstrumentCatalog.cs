using LiveData.Instruments.Bifrost;
using LiveData.Instruments.Dream;
using LiveData.Instruments.Dummy;
using LiveData.Instruments.Loki;
using LiveData.Instruments.Magic;
using LiveData.Instruments.Nmx;

namespace LiveData.Instruments;

/// <summary>The instruments LiveData knows, by name.</summary>
public static class InstrumentCatalog
{
    private static readonly IReadOnlyDictionary<string, Instrument> Known =
        new[] { DummyInstrument.Create(), BifrostInstrument.Create(), DreamInstrument.Create(), LokiInstrument.Create(), MagicInstrument.Create(), NmxInstrument.Create() }.ToDictionary(i => i.Name);

    public static IReadOnlyCollection<string> Names => [.. Known.Keys.Order()];

    public static Instrument Get(string name) =>
        Known.TryGetValue(name, out var instrument)
            ? instrument
            : throw new ArgumentException($"Unknown instrument '{name}'. Known instruments: {string.Join(", ", Names)}");
}
