using System.Runtime.CompilerServices;
using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Workflows.Wavelength;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// The neutrons a known-answer sample sees: wavelengths uniform from <see cref="Shortest"/> to <see cref="Longest"/>,
/// each neutron leaving the ideal ESS source <c>livedata lookup-table</c> builds its table for at the middle of the
/// pulse. The table's wavelength for a time offset is the mean over emission times across the pulse, which is the
/// middle's, so a reduction recovers the drawn λ exactly.
/// </summary>
internal sealed class IncidentBand(double shortest, double longest)
{
    private static readonly ConditionalWeakTable<InstrumentGeometry, IncidentBand> Bands = [];

    public double Shortest => shortest;

    public double Longest => longest;

    /// <summary>
    /// From just above upstream's DREAM default wavelength range start (1.1 Å), so every drawn event counts, to just
    /// below the longest wavelength the geometry's table holds, clear of the band's edge where the table's mean is biased.
    /// </summary>
    public static IncidentBand Of(InstrumentGeometry geometry) =>
        Bands.GetValue(geometry, g => new IncidentBand(1.15, 0.97 * IdealSource.Ess(FlightPaths.Range(g).Longest).MaxWavelength));

    /// <summary>The event_time_offset (ns, within the pulse period) of a neutron of <paramref name="wavelength"/> Å over <paramref name="flightPathM"/> m.</summary>
    public static int TimeOffsetNs(double wavelength, double flightPathM) =>
        (int)Math.Round((IdealSource.EssPulseLengthNs / 2 + NeutronWavelength.TimeOfFlight(wavelength, flightPathM) * 1e9) % IdealSource.EssPulsePeriodNs);

    public double Draw(Random random) => shortest + random.NextDouble() * (longest - shortest);

    /// <summary>
    /// Up to <paramref name="maxPerPulse"/> events a pulse on pixels of <paramref name="detector"/> drawn uniformly, each
    /// with the wavelength <paramref name="wavelengthAt"/> gives for that pixel (its index in <see cref="DetectorPixels"/>).
    /// </summary>
    public static EventDataContent OnRandomPixels(InstrumentGeometry geometry, string detector, int pulses, int maxPerPulse, Random random, Func<DetectorPixels, int, double> wavelengthAt)
    {
        var pixels = geometry.ComputePixels(detector);
        var numbers = pixels.DetectorNumbers;
        return RecordedPulses.Build(pulses, maxPerPulse, random, () =>
        {
            var pixel = random.Next(numbers.Count);
            return ((int)numbers[pixel], TimeOffsetNs(wavelengthAt(pixels, pixel), pixels.L1 + pixels.L2[pixel]));
        });
    }

    /// <summary>What <paramref name="monitor"/> records of the incident beam: up to <paramref name="maxPerPulse"/> events a pulse, id 1 as the fakes send.</summary>
    public EventDataContent MonitorEvents(InstrumentGeometry geometry, string monitor, int pulses, int maxPerPulse, Random random)
    {
        var flightPath = FlightPaths.Monitor(geometry, monitor);
        return RecordedPulses.Build(pulses, maxPerPulse, random, () => (1, TimeOffsetNs(Draw(random), flightPath)));
    }
}
