using System.Runtime.CompilerServices;
using LiveData.Geometry;
using LiveData.Workflows.Wavelength;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// The neutrons a known-answer sample sees: the ideal ESS source <c>livedata lookup-table</c> builds its table for
/// (0 Å up to the longest wavelength that reaches the farthest pixel within the frame), each neutron leaving at the
/// middle of the pulse. The table's wavelength for a time offset is the mean over emission times across the pulse,
/// which is the middle's, so the reduction recovers the drawn λ exactly. Wavelengths are drawn from
/// <see cref="Shortest"/> to <see cref="Longest"/>, clear of the band's edge where the table's mean is biased.
/// </summary>
internal sealed class IncidentBand
{
    private static readonly ConditionalWeakTable<InstrumentGeometry, IncidentBand> Bands = [];

    private readonly double _emissionNs;

    private IncidentBand(IdealSource source)
    {
        _emissionNs = source.PulseLengthNs / 2;
        Longest = 0.97 * source.MaxWavelength;
    }

    /// <summary>Just above upstream's DREAM default wavelength range start (1.1 Å), so every drawn event counts.</summary>
    public double Shortest => 1.15;

    public double Longest { get; }

    public static IncidentBand Of(InstrumentGeometry geometry) =>
        Bands.GetValue(geometry, g => new IncidentBand(IdealSource.Ess(FlightPaths.Range(g).Longest)));

    /// <summary>The event_time_offset (ns) of a neutron of <paramref name="wavelength"/> Å over <paramref name="flightPathM"/> m.</summary>
    public int TimeOffsetNs(double wavelength, double flightPathM) =>
        (int)Math.Round(_emissionNs + NeutronWavelength.TimeOfFlight(wavelength, flightPathM) * 1e9);

    public double Draw(Random random) => Shortest + random.NextDouble() * (Longest - Shortest);
}
