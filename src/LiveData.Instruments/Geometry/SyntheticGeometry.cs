using LiveData.Geometry;
using LiveData.Geometry.Nexus;
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

namespace LiveData.Instruments.Geometry;

/// <summary>
/// A made-up NeXus geometry for every instrument of the catalog: every bank with exactly the detector numbers of its
/// definition, in the order and shape of its logical view, on a surface modelled on the real instrument; the sample
/// at the origin, the source upstream on the beam (z) axis and the monitors between them. For development and tests
/// where the real geometry file is not at hand.
/// </summary>
public static class SyntheticGeometry
{
    public static InstrumentContent For(Instrument instrument)
    {
        var layout = instrument.Name switch
        {
            BeerInstrument.Name => BeerGeometry.Layout(instrument),
            BifrostInstrument.Name => BifrostGeometry.Layout(instrument),
            DreamInstrument.Name => DreamGeometry.Layout(instrument),
            DummyInstrument.Name => DummyGeometry.Layout(instrument),
            EstiaInstrument.Name => EstiaGeometry.Layout(instrument),
            LokiInstrument.Name => LokiGeometry.Layout(instrument),
            MagicInstrument.Name => MagicGeometry.Layout(instrument),
            NmxInstrument.Name => NmxGeometry.Layout(instrument),
            OdinInstrument.Name => OdinGeometry.Layout(instrument),
            TblInstrument.Name => TblGeometry.Layout(instrument),
            _ => throw new ArgumentException($"no synthetic geometry for instrument '{instrument.Name}'", nameof(instrument)),
        };
        CheckCovers(instrument, layout);
        return new InstrumentContent(
            instrument.Name,
            [.. layout.Banks.Select(b => b.ToContent())],
            layout.Monitors,
            new ComponentContent("sample", []),
            new ComponentContent("source", [TransformationStep.Translation("position", layout.Source)]));
    }

    private static void CheckCovers(Instrument instrument, SyntheticLayout layout)
    {
        var banks = layout.Banks.Select(b => b.Bank.Name).ToList();
        var monitors = layout.Monitors.Select(m => m.Name).ToList();
        if (!banks.Order().SequenceEqual(instrument.Detectors.Select(d => d.Name).Order())
            || !monitors.Order().SequenceEqual(instrument.Monitors.Order()))
        {
            throw new InvalidOperationException(
                $"the synthetic geometry of {instrument.Name} places [{string.Join(", ", banks)}] and [{string.Join(", ", monitors)}], "
                + $"the instrument has [{string.Join(", ", instrument.Detectors.Select(d => d.Name))}] and [{string.Join(", ", instrument.Monitors)}]");
        }
    }
}
