using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Workflows.Spectroscopy;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// A powder-averaged acoustic mode on BIFROST: every neutron loses ħω(Q) = 0.8 meV · |sin(π Q / 2 Å⁻¹)|, linear at
/// small Q and topping out at 0.8 meV at the zone boundary Q = 1 1/Å (0.566 meV at Q = 0.5 and 1.5). Per event a pixel
/// is drawn and k_i solved from 2.072125 (k_i² − k_f²) = ħω(Q(k_i, k_f, 2θ)), keeping the neutrons the band passes.
/// </summary>
public sealed class AcousticDispersion : IKnownSample
{
    /// <summary>The mode's energy at the zone boundary (meV).</summary>
    public const double Bandwidth = 0.8;

    /// <summary>Where the mode returns to 0 meV (1/Å): the reciprocal lattice vector.</summary>
    public const double ReciprocalLattice = 2.0;

    private const int MaxEventsPerPulse = 2000;

    public string Name => "dispersion";

    public string Instrument => "bifrost";

    public string Description => $"an acoustic mode ħω(Q) = {Bandwidth} meV · |sin(π Q / {ReciprocalLattice} 1/Å)|: {Bandwidth} meV at Q = 1 1/Å";

    /// <summary>ħω (meV) of the mode at |Q| = <paramref name="q"/> 1/Å.</summary>
    public static double Energy(double q) => Bandwidth * Math.Abs(Math.Sin(Math.PI * q / ReciprocalLattice));

    public EventDataContent DetectorEvents(InstrumentGeometry geometry, string detector, int pulses, Random random)
    {
        var scattering = new IndirectScattering(geometry, detector);
        var band = IndirectScattering.Band;
        var fastest = NeutronEnergy.WaveNumber(band.Shortest);
        return RecordedPulses.Build(pulses, MaxEventsPerPulse, random, () =>
        {
            while (true)
            {
                var pixel = scattering.Draw(random);
                if (IncidentWaveNumber(pixel, fastest) is { } k && 2 * Math.PI / k <= band.Longest)
                {
                    return (pixel.Number, scattering.TimeOffsetNs(pixel, 2 * Math.PI / k));
                }
            }
        });
    }

    public EventDataContent MonitorEvents(InstrumentGeometry geometry, string monitor, int pulses, Random random) =>
        IndirectScattering.Band.MonitorEvents(geometry, monitor, pulses, MaxEventsPerPulse / 10, random);

    /// <summary>
    /// The k_i (1/Å) at which the pixel sees the mode, between k_f (no energy lost, mismatch −ħω ≤ 0) and
    /// <paramref name="fastest"/>, by bisection; null if the band holds no such k_i.
    /// </summary>
    private static double? IncidentWaveNumber(IndirectScattering.Pixel pixel, double fastest)
    {
        var kf = pixel.FinalWaveNumber;
        double Mismatch(double ki) => NeutronEnergy.MeVPerInverseSquareAngstrom * (ki * ki - kf * kf) - Energy(IndirectScattering.Q(ki, kf, pixel.TwoTheta));
        if (Mismatch(fastest) <= 0)
        {
            return null;
        }
        var (low, high) = (kf, fastest);
        for (var i = 0; i < 60; i++)
        {
            var middle = (low + high) / 2;
            (low, high) = Mismatch(middle) > 0 ? (low, middle) : (middle, high);
        }
        return (low + high) / 2;
    }
}
