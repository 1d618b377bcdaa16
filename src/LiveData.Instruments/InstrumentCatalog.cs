using LiveData.Instruments.Beer;
using LiveData.Instruments.Bifrost;
using LiveData.Instruments.Dream;
using LiveData.Instruments.Dummy;
using LiveData.Instruments.Estia;
using LiveData.Instruments.Loki;
using LiveData.Instruments.Magic;
using LiveData.Instruments.Nmx;
using LiveData.Instruments.Odin;
using LiveData.Instruments.Tbl;

namespace LiveData.Instruments;

/// <summary>The instruments LiveData knows, by name.</summary>
public static class InstrumentCatalog
{
    private static readonly IReadOnlyDictionary<string, Instrument> Known =
        new[]
        {
            BeerInstrument.Create(),
            BifrostInstrument.Create(),
            DreamInstrument.Create(),
            DummyInstrument.Create(),
            EstiaInstrument.Create(),
            LokiInstrument.Create(),
            MagicInstrument.Create(),
            NmxInstrument.Create(),
            OdinInstrument.Create(),
            TblInstrument.Create(),
        }.ToDictionary(i => i.Name);

    public static IReadOnlyCollection<string> Names => [.. Known.Keys.Order()];

    public static Instrument Get(string name) =>
        Known.TryGetValue(name, out var instrument)
            ? instrument
            : throw new ArgumentException($"Unknown instrument '{name}'. Known instruments: {string.Join(", ", Names)}");
}
