using LiveData.Geometry;
using LiveData.Workflows.Spectroscopy;
using LiveData.Workflows.Wavelength;

namespace LiveData.Instruments.Geometry.Samples;

/// <summary>
/// How a neutron reaches a pixel of BIFROST's synthetic geometry: incident with λ_i over L1 to the sample, scattered
/// by 2θ (the pixel's angle to the beam) with the pixel's arc's final energy over L2. Its event_time_offset is the
/// total flight time after the middle of the pulse, folded into the frame, so the reduction's lookup table (an ideal
/// source through BIFROST's band chopper, which gives the middle of the pulse's λ) recovers λ_i exactly.
/// </summary>
internal sealed class IndirectScattering
{
    /// <summary>Incident wavelengths (Å) the band chopper's table gives back exactly: half a pulse's spread (0.035 Å at 162 m) inside the band.</summary>
    public static readonly IncidentBand Band = new(3.96, 5.53);

    private readonly double _l1;
    private readonly List<Pixel> _pixels = [];

    public IndirectScattering(InstrumentGeometry geometry, string detector)
    {
        var pixels = geometry.ComputePixels(detector);
        _l1 = pixels.L1;
        var first = pixels.DetectorNumbers.Min();
        var perArc = pixels.DetectorNumbers.Count / AnalyserArcs.Count;
        for (var i = 0; i < pixels.Positions.Count; i++)
        {
            var arc = (int)(pixels.DetectorNumbers[i] - first) / perArc;
            _pixels.Add(new Pixel((int)pixels.DetectorNumbers[i], AnalyserArcs.FinalEnergies[arc], pixels.TwoTheta[i], pixels.L2[i]));
        }
    }

    public Pixel Draw(Random random) => _pixels[random.Next(_pixels.Count)];

    /// <summary>The event_time_offset (ns) of a neutron of <paramref name="incidentWavelength"/> Å scattered into <paramref name="pixel"/>.</summary>
    public int TimeOffsetNs(Pixel pixel, double incidentWavelength)
    {
        var flight = NeutronWavelength.TimeOfFlight(incidentWavelength, _l1) + NeutronWavelength.TimeOfFlight(NeutronEnergy.Wavelength(pixel.FinalEnergy), pixel.L2);
        return (int)Math.Round((IdealSource.EssPulseLengthNs / 2 + flight * 1e9) % IdealSource.EssPulsePeriodNs);
    }

    /// <summary>|Q| (1/Å) for wave numbers k_i and k_f at scattering angle 2θ: Q² = k_i² + k_f² − 2 k_i k_f cos 2θ.</summary>
    public static double Q(double incidentWaveNumber, double finalWaveNumber, double twoTheta) =>
        Math.Sqrt(incidentWaveNumber * incidentWaveNumber + finalWaveNumber * finalWaveNumber - 2 * incidentWaveNumber * finalWaveNumber * Math.Cos(twoTheta));

    /// <summary>One pixel: its detector number, its arc's E_f (meV), its 2θ (rad) and L2 (m).</summary>
    public readonly record struct Pixel(int Number, double FinalEnergy, double TwoTheta, double L2)
    {
        public double FinalWaveNumber => NeutronEnergy.WaveNumber(NeutronEnergy.Wavelength(FinalEnergy));
    }
}
