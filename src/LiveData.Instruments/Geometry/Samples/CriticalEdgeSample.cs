using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Workflows.Reflectometry;
using LiveData.Workflows.Wavelength;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// A nickel film on ESTIA, turned by half the detector arm's angle so its specular reflection lands on the arm's
/// centre. A beam of λ uniform over 3–6.5 Å and incident directions uniform within ±0.5° of the nominal reflects
/// with Fresnel's reflectivity: R(Q) = 1 below the critical edge Q_c = 4√(π·ρ) = 0.0217 1/Å (ρ = 9.41e-6 Å⁻²) and
/// ((Q − √(Q² − Q_c²)) / (Q + √(Q² − Q_c²)))² above it. The sample intercepts a share of the beam ∝ sin θ (its
/// footprint), which upstream's footprint correction divides out again.
/// </summary>
public sealed class CriticalEdgeSample : IKnownSample
{
    /// <summary>Nickel's critical edge (1/Å).</summary>
    public const double CriticalQ = 0.0217;

    public const double ShortestWavelength = 3.0;

    /// <summary>Well inside the band of the ideal-source lookup table for ESTIA's ~39 m flight paths (up to ~6.9 Å), where it gives λ back exactly.</summary>
    public const double LongestWavelength = 6.5;

    /// <summary>Half the spread of incident directions (deg): each reflected ray leaves within as much of the specular.</summary>
    public const double HalfDivergenceDegrees = 0.5;

    private const int MaxEventsPerPulse = 2000;
    private static readonly IncidentBand Band = new(ShortestWavelength, LongestWavelength);

    public string Name => "critical_edge";

    public string Instrument => "estia";

    public string Description => $"a nickel film: the reflectivity falls off past its critical edge at Q = {CriticalQ} 1/Å";

    /// <summary>Fresnel's reflectivity of a substrate with critical edge <see cref="CriticalQ"/>; 1 at and below it.</summary>
    public static double Reflectivity(double q)
    {
        if (q <= CriticalQ)
        {
            return 1;
        }
        var root = Math.Sqrt(q * q - CriticalQ * CriticalQ);
        var amplitude = (q - root) / (q + root);
        return amplitude * amplitude;
    }

    public EventDataContent DetectorEvents(InstrumentGeometry geometry, string detector, int pulses, Random random)
    {
        var pixels = geometry.ComputePixels(detector);
        var detectorRotation = ReflectionAngles.DetectorRotation(geometry.Detector(detector));
        var sampleRotation = detectorRotation / 2;
        var halfDivergence = HalfDivergenceDegrees * Math.PI / 180;
        var lit = new List<(int Number, double Theta, double FlightPath)>();
        for (var i = 0; i < pixels.Positions.Count; i++)
        {
            var divergence = ReflectionAngles.Divergence(pixels.Positions[i], geometry.Sample.Position, detectorRotation);
            if (Math.Abs(divergence) <= halfDivergence)
            {
                lit.Add(((int)pixels.DetectorNumbers[i], ReflectionAngles.Theta(divergence, sampleRotation), pixels.L1 + pixels.L2[i]));
            }
        }
        var steepest = Math.Sin(lit.Max(p => p.Theta));
        return RecordedPulses.Build(pulses, MaxEventsPerPulse, random, () =>
        {
            // Draw incident neutrons until one reflects: the footprint passes sin θ of the beam, the film R(Q) of that.
            while (true)
            {
                var (number, theta, flightPath) = lit[random.Next(lit.Count)];
                var wavelength = Band.Draw(random);
                if (random.NextDouble() * steepest < Math.Sin(theta) * Reflectivity(ReflectionAngles.Q(theta, wavelength)))
                {
                    return (number, IncidentBand.TimeOffsetNs(wavelength, flightPath));
                }
            }
        });
    }

    public EventDataContent MonitorEvents(InstrumentGeometry geometry, string monitor, int pulses, Random random) =>
        Band.MonitorEvents(geometry, monitor, pulses, MaxEventsPerPulse / 10, random);
}
