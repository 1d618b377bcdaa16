using LiveData.Core.Beamline;
using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Instruments.Geometry;
using LiveData.Instruments.Geometry.Samples;
using LiveData.Workflows.Wavelength;

namespace LiveData.Bench.Kernels;

/// <summary>
/// An instrument as a reduction job sees it in development: its synthetic geometry read back from NeXus (as the
/// services read <c>livedata nexus geometry</c>'s file) and the ideal-source lookup table <c>livedata lookup-table</c>
/// makes for it; and the events its known-answer sample records on a bank.
/// </summary>
internal sealed class SyntheticInstrument
{
    private SyntheticInstrument(Instrument instrument, InstrumentGeometry geometry, WavelengthLookupTable table)
    {
        Instrument = instrument;
        Geometry = geometry;
        Table = table;
    }

    public Instrument Instrument { get; }

    public InstrumentGeometry Geometry { get; }

    public WavelengthLookupTable Table { get; }

    public static SyntheticInstrument Of(string name)
    {
        var instrument = InstrumentCatalog.Get(name);
        using var stream = new MemoryStream();
        NexusFileWriter.Write(stream, SyntheticGeometry.For(instrument));
        stream.Position = 0;
        var geometry = NexusGeometryReader.Read(stream);
        var (shortest, longest) = FlightPaths.Range(geometry);
        // As `livedata lookup-table` makes it: an instrument with a band chopper window (BIFROST) gets the source in that
        // band, so λ is unique at the long flight paths that span several pulses.
        var source = instrument.WavelengthBand is { } band ? IdealSource.EssBand(band.Shortest, band.Longest) : IdealSource.Ess(longest);
        return new SyntheticInstrument(instrument, geometry, LookupTableGenerator.Generate(source, shortest, longest));
    }

    public DetectorBank Bank(string name) => Instrument.Detectors.Single(d => d.Name == name);

    /// <summary>
    /// <paramref name="count"/> events of <paramref name="sample"/> on <paramref name="bank"/>, seeded: the first
    /// <paramref name="distinct"/> it records, pulse after pulse, repeated up to the count. Drawing a sample's events (by
    /// rejection, for some) costs far more than reducing them, and the bench must stay quick.
    /// </summary>
    public (int[] PixelIds, int[] EventTimeOffsetNs) SampleEvents(IKnownSample sample, string bank, int count, int distinct, int seed)
    {
        const int PulsesPerDraw = 100;
        var random = new Random(seed);
        var ids = new int[count];
        var offsets = new int[count];
        var drawn = 0;
        while (drawn < Math.Min(count, distinct))
        {
            var pulses = sample.DetectorEvents(Geometry, bank, PulsesPerDraw, random);
            var take = Math.Min(pulses.EventCount, Math.Min(count, distinct) - drawn);
            pulses.EventId.AsSpan(0, take).CopyTo(ids.AsSpan(drawn));
            pulses.EventTimeOffsetNs.AsSpan(0, take).CopyTo(offsets.AsSpan(drawn));
            drawn += take;
        }
        for (var i = drawn; i < count; i++)
        {
            ids[i] = ids[i - drawn];
            offsets[i] = offsets[i - drawn];
        }
        return (ids, offsets);
    }
}
