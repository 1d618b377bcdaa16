using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Workflows.Sans;
using LiveData.Workflows.Wavelength;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// Monodisperse hard spheres of radius R in solution, on LoKI: each detected neutron scatters with probability
/// ∝ P(Q)·Ω, the sphere form factor P(Q) = [3(sin x − x cos x)/x³]², x = QR, times the pixel's solid angle, for an
/// incident spectrum flat from 2 to 8 Å. P's first zero, at x = 4.4934 (the first root of tan x = x), is I(Q)'s first
/// minimum. Every neutron leaves the source at the middle of the pulse, where the ideal-source lookup table puts the
/// mean of its cell, so the reduction recovers each event's λ; its time offset is that plus λ·(L1 + L2)·m_n/h.
/// The transmission monitor sees <see cref="Transmission"/> of the incident monitor's neutrons on average.
/// </summary>
public sealed class LokiSpheres : IKnownSample
{
    public const double RadiusAngstrom = 50;
    public const double FirstMinimumQR = 4.493409;
    public const double ShortestWavelength = 2.0;
    public const double LongestWavelength = 8.0;
    public const double Transmission = 0.8;
    public const string TransmissionMonitor = "beam_monitor_m3";

    // Scattering attempts per pulse and bank; each bank's Ω is scaled by its largest, so banks differ in absolute scale only.
    private const int AttemptsPerPulse = 30_000;
    private const int IncidentEventsPerPulse = 2000;
    private static readonly IncidentBand Band = new(ShortestWavelength, LongestWavelength);

    public string Name => "spheres";

    public string Instrument => "loki";

    public string Description => $"monodisperse spheres of radius {RadiusAngstrom} Å: I(Q) has its first minimum at Q = {FirstMinimumQR}/R = {FirstMinimumQR / RadiusAngstrom:0.####} 1/Å";

    /// <summary>The sphere form factor P(QR), 1 at Q = 0.</summary>
    public static double FormFactor(double qr)
    {
        if (qr < 1e-6)
        {
            return 1;
        }
        var amplitude = 3 * (Math.Sin(qr) - qr * Math.Cos(qr)) / (qr * qr * qr);
        return amplitude * amplitude;
    }

    public EventDataContent DetectorEvents(InstrumentGeometry geometry, string detector, int pulses, Random random)
    {
        var pixels = geometry.ComputePixels(detector);
        var sample = geometry.Sample.Position;
        var cylinder = pixels.Detector.PixelCylinderVectors();
        var count = pixels.L2.Count;
        var sinTheta = new double[count];
        var solidAngle = new double[count];
        for (var p = 0; p < count; p++)
        {
            var scattered = pixels.Positions[p] - sample;
            sinTheta[p] = Math.Sin(pixels.TwoTheta[p] / 2);
            solidAngle[p] = cylinder is var (axis, radius) ? PixelSolidAngle.Cylinder(scattered, axis, radius.Length) : PixelSolidAngle.FacingUnitArea(scattered);
        }
        var largest = solidAngle.Max();
        var ids = new List<int>();
        var offsets = new List<int>();
        var times = new long[pulses];
        var index = new long[pulses];
        for (var pulse = 0; pulse < pulses; pulse++)
        {
            times[pulse] = RecordedPulses.FirstPulseNs + pulse * RecordedPulses.PulsePeriodNs;
            index[pulse] = ids.Count;
            for (var attempt = 0; attempt < AttemptsPerPulse; attempt++)
            {
                var p = random.Next(count);
                var wavelength = Band.Draw(random);
                var q = ScatteringVector.FromSinTheta(wavelength, sinTheta[p]);
                if (random.NextDouble() < FormFactor(q * RadiusAngstrom) * solidAngle[p] / largest)
                {
                    ids.Add((int)pixels.DetectorNumbers[p]);
                    offsets.Add(IncidentBand.TimeOffsetNs(wavelength, pixels.L1 + pixels.L2[p]));
                }
            }
        }
        return new EventDataContent([.. ids], [.. offsets], times, index);
    }

    public EventDataContent MonitorEvents(InstrumentGeometry geometry, string monitor, int pulses, Random random) =>
        Band.MonitorEvents(geometry, monitor, pulses, monitor == TransmissionMonitor ? (int)(IncidentEventsPerPulse * Transmission) : IncidentEventsPerPulse, random);
}
