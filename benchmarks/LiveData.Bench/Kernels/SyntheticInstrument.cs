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
        return new SyntheticInstrument(instrument, geometry, LookupTableGenerator.Generate(IdealSource.Ess(longest), shortest, longest));
    }

    public DetectorBank Bank(string name) => Instrument.Detectors.Single(d => d.Name == name);

    /// <summary>The first <paramref name="count"/> events <paramref name="sample"/> records on <paramref name="bank"/>, pulse after pulse, seeded.</summary>
    public (int[] PixelIds, int[] EventTimeOffsetNs) SampleEvents(IKnownSample sample, string bank, int count, int seed)
    {
        const int PulsesPerDraw = 500;
        var random = new Random(seed);
        var ids = new List<int>(count);
        var offsets = new List<int>(count);
        while (ids.Count < count)
        {
            var drawn = sample.DetectorEvents(Geometry, bank, PulsesPerDraw, random);
            var take = Math.Min(drawn.EventCount, count - ids.Count);
            ids.AddRange(drawn.EventId.AsSpan(0, take));
            offsets.AddRange(drawn.EventTimeOffsetNs.AsSpan(0, take));
        }
        return ([.. ids], [.. offsets]);
    }
}
