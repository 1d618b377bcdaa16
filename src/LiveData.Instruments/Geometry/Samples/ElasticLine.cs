using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Workflows.Spectroscopy;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// An incoherent elastic scatterer on BIFROST (vanadium-like): every neutron leaves with the energy it came with, so
/// each pixel sees only λ_i = λ_f of its arc and every event has ΔE = 0 meV, spread over the pixels uniformly.
/// </summary>
public sealed class ElasticLine : IKnownSample
{
    private const int MaxEventsPerPulse = 2000;

    public string Name => "elastic_line";

    public string Instrument => "bifrost";

    public string Description => "an incoherent elastic scatterer: every event at energy transfer ΔE = 0 meV";

    public EventDataContent DetectorEvents(InstrumentGeometry geometry, string detector, int pulses, Random random)
    {
        var scattering = new IndirectScattering(geometry, detector);
        return RecordedPulses.Build(pulses, MaxEventsPerPulse, random, () =>
        {
            var pixel = scattering.Draw(random);
            return (pixel.Number, scattering.TimeOffsetNs(pixel, NeutronEnergy.Wavelength(pixel.FinalEnergy)));
        });
    }

    public EventDataContent MonitorEvents(InstrumentGeometry geometry, string monitor, int pulses, Random random) =>
        IndirectScattering.Band.MonitorEvents(geometry, monitor, pulses, MaxEventsPerPulse / 10, random);
}
