using LiveData.Geometry;
using LiveData.Geometry.Nexus;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// Silicon powder on DREAM (Fd-3m, a = 5.431 Å): each detector event is either Bragg-scattered from one of silicon's
/// reflections that its pixel can see within the band (λ = 2 d sin θ), with d spread by a 0.1 % Gaussian, or flat
/// background in λ. Monitors see the incident spectrum, flat in λ.
/// </summary>
internal sealed class SiliconPowder : IKnownSample
{
    public const double LatticeAngstrom = 5.431;
    private const double RelativeWidth = 0.001;
    private const double BackgroundFraction = 0.2;
    private const int EventsPerPulse = 2000;

    /// <summary>d = a / √(h² + k² + l²) of the allowed reflections (all odd, or all even with h + k + l = 4n), first 12.</summary>
    public static readonly double[] Reflections = [.. new[] { 3, 8, 11, 16, 19, 24, 27, 32, 35, 40, 43, 48 }.Select(s => LatticeAngstrom / Math.Sqrt(s))];

    public string Name => "silicon";

    public string Instrument => "dream";

    public string Description => "silicon powder (a = 5.431 Å): Bragg peaks at d = 3.1356 (111), 1.9201 (220), 1.6375 (311) Å, …";

    public EventDataContent DetectorEvents(InstrumentGeometry geometry, string detector, int pulses, Random random)
    {
        var band = IncidentBand.Of(geometry);
        return IncidentBand.OnRandomPixels(geometry, detector, pulses, EventsPerPulse, random, (pixels, pixel) =>
            random.NextDouble() < BackgroundFraction ? band.Draw(random) : Bragg(band, Math.Sin(pixels.TwoTheta[pixel] / 2), random));
    }

    public EventDataContent MonitorEvents(InstrumentGeometry geometry, string monitor, int pulses, Random random) =>
        IncidentBand.Of(geometry).MonitorEvents(geometry, monitor, pulses, EventsPerPulse / 10, random);

    // One of the reflections this pixel sees within the band, equally likely; background if it sees none.
    private static double Bragg(IncidentBand band, double sinTheta, Random random)
    {
        var visible = 0;
        var first = -1;
        for (var i = 0; i < Reflections.Length; i++)
        {
            var wavelength = 2 * Reflections[i] * sinTheta;
            if (wavelength >= band.Shortest && wavelength <= band.Longest)
            {
                first = first < 0 ? i : first;
                visible++;
            }
        }
        if (visible == 0)
        {
            return band.Draw(random);
        }
        // The visible reflections are consecutive: d falls monotonically with the index.
        var d = Reflections[first + random.Next(visible)] * (1 + RelativeWidth * Gaussian(random));
        return 2 * d * sinTheta;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
