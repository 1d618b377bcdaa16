using LiveData.Workflows.Histogramming;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>
/// Upstream's normalisation of BIFROST's events by the normalisation monitor and the proton charge (essspectroscopy's
/// <c>normalize_by_monitor_and_proton_charge</c>): the monitor's histogram in incident wavelength taken as a
/// probability density p(λ) = m_i / (Δλ_i · Σ_j m_j) in 1/Å, times upstream's constant charge C = 1 pC, so an event of
/// incident wavelength λ weighs 1 / (p(λ) · C) in Å/pC. Events in an empty monitor bin are dropped, as upstream masks
/// them, and so are events outside the histogram.
/// </summary>
public sealed class IncidentSpectrum
{
    /// <summary>The unit of the normalised counts: counts · Å / pC.</summary>
    public const string WeightedUnit = "counts*Å/pC";

    /// <summary>The monitor histogram's bin width (Å): upstream's histogram comes binned in its static file; LiveData bins the recorded events this finely.</summary>
    public const double BinWidth = 0.05;

    /// <summary>Upstream's live factory sets the proton charge to a constant 1 pC.</summary>
    public const double ProtonChargePicocoulomb = 1.0;

    private readonly double _start;
    private readonly double[] _weights;

    private IncidentSpectrum(double start, double[] weights)
    {
        _start = start;
        _weights = weights;
    }

    /// <summary>The first edge (Å), a multiple of <see cref="BinWidth"/> at or below the shortest wavelength.</summary>
    public double Start => _start;

    public int BinCount => _weights.Length;

    /// <summary>1 / (p(λ) · C) per bin from <see cref="Start"/>, NaN for an empty one: what <see cref="WeightOf"/> reads.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>The monitor events' wavelengths (Å) histogrammed in <see cref="BinWidth"/> bins from the shortest to the longest; NaN ones are left out.</summary>
    /// <exception cref="ArgumentException">no wavelength is finite.</exception>
    public static IncidentSpectrum FromWavelengths(IReadOnlyCollection<double> wavelengths)
    {
        var finite = wavelengths.Where(double.IsFinite).ToArray();
        if (finite.Length == 0)
        {
            throw new ArgumentException("no monitor event has a wavelength in the lookup table");
        }
        var start = Math.Floor(finite.Min() / BinWidth) * BinWidth;
        var counts = new double[(int)Math.Floor((finite.Max() - start) / BinWidth) + 1];
        foreach (var wavelength in finite)
        {
            counts[Math.Min(counts.Length - 1, (int)((wavelength - start) / BinWidth))]++;
        }
        var weights = Array.ConvertAll(counts, m => m > 0 ? BinWidth * finite.Length / (m * ProtonChargePicocoulomb) : double.NaN);
        return new IncidentSpectrum(start, weights);
    }

    /// <summary>1 / (p(λ) · C) in Å/pC for an event of incident wavelength <paramref name="wavelength"/> Å; NaN where the monitor saw nothing.</summary>
    public double WeightOf(double wavelength)
    {
        var bin = (wavelength - _start) / BinWidth;
        return bin >= 0 && bin < _weights.Length ? _weights[InRangeTruncation.ToInt32(bin)] : double.NaN;
    }
}
