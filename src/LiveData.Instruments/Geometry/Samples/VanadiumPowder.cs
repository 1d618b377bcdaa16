using LiveData.Geometry;
using LiveData.Geometry.Nexus;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// Vanadium on DREAM: an incoherent scatterer, so every pixel sees the incident spectrum (flat in λ) without Bragg
/// peaks; the run a powder reduction with vanadium divides by (<c>$LIVEDATA_DATA_DIR/dream/vanadium.nxs</c>).
/// </summary>
internal sealed class VanadiumPowder : IKnownSample
{
    private const int EventsPerPulse = 2000;

    public string Name => "vanadium";

    public string Instrument => "dream";

    public string Description => "vanadium (incoherent): no Bragg peaks, the incident spectrum on every pixel; the normalisation run of powder_reduction_with_vanadium";

    public EventDataContent DetectorEvents(InstrumentGeometry geometry, string detector, int pulses, Random random)
    {
        var band = IncidentBand.Of(geometry);
        return IncidentBand.OnRandomPixels(geometry, detector, pulses, EventsPerPulse, random, (_, _) => band.Draw(random));
    }

    public EventDataContent MonitorEvents(InstrumentGeometry geometry, string monitor, int pulses, Random random) =>
        IncidentBand.Of(geometry).MonitorEvents(geometry, monitor, pulses, EventsPerPulse / 10, random);
}
