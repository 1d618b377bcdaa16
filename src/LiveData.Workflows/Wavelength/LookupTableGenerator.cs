namespace LiveData.Workflows.Wavelength;

/// <summary>
/// Builds the <see cref="WavelengthLookupTable"/> essreduce would for an <see cref="IdealSource"/>, on its grid:
/// distances every resolution step from 2 steps below the shortest to 2 above the longest flight path, and
/// event_time_offset evenly from 0 to the frame period (one column more than period / resolution, the last repeating
/// the first). Each cell holds the mean and variance of the wavelengths of the neutrons that arrive there, from every
/// pulse that can still contribute (frame overlap shows as a large variance); cells no neutron reaches are NaN.
/// The statistics are exact for the ideal source rather than averaged over a simulation.
/// </summary>
public static class LookupTableGenerator
{
    /// <summary>Upstream's defaults for the table's resolution: 0.1 m and 250 μs.</summary>
    public const double DefaultDistanceResolutionM = 0.1;

    public const double DefaultTimeResolutionNs = 250e3;

    public static WavelengthLookupTable Generate(IdealSource source, double shortestDistanceM, double longestDistanceM,
        double distanceResolutionM = DefaultDistanceResolutionM, double timeResolutionNs = DefaultTimeResolutionNs)
    {
        if (!(longestDistanceM >= shortestDistanceM && shortestDistanceM >= 0 && distanceResolutionM > 0 && timeResolutionNs > 0))
        {
            throw new ArgumentException($"need 0 <= shortest <= longest distance and positive resolutions, got {shortestDistanceM} m to {longestDistanceM} m every {distanceResolutionM} m and {timeResolutionNs} ns");
        }
        var pad = 2 * distanceResolutionM;
        var first = Math.Max(0, shortestDistanceM - pad);
        var rows = (int)Math.Ceiling((longestDistanceM + pad - first) / distanceResolutionM);
        var distances = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            distances[r] = first + r * distanceResolutionM;
        }
        var framePeriodNs = source.PulsePeriodNs;
        var steps = (int)(framePeriodNs / timeResolutionNs) + 1;
        var offsets = new double[steps + 1];
        for (var c = 0; c <= steps; c++)
        {
            offsets[c] = framePeriodNs * c / steps;
        }
        var wavelengths = new double[rows * offsets.Length];
        var variances = new double[wavelengths.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < offsets.Length; c++)
            {
                var (mean, variance) = Cell(source, distances[r], offsets[c] * 1e-9);
                wavelengths[r * offsets.Length + c] = mean;
                variances[r * offsets.Length + c] = variance;
            }
        }
        return new WavelengthLookupTable(distances, offsets, wavelengths, variances, source.PulsePeriodNs, 1,
            distanceResolutionM, offsets[1] - offsets[0]);
    }

    /// <summary>
    /// Mean and variance of λ for neutrons reaching <paramref name="distanceM"/> at <paramref name="offsetS"/> after
    /// some pulse. A neutron seen at absolute time t left at t0 = t − L·λ/(h/m_n); t0 uniform within the pulse makes λ
    /// uniform over the band that fits, so each earlier pulse contributes a uniform piece weighted by its share of the
    /// pulse, and the cell is their mixture.
    /// </summary>
    private static (double Mean, double Variance) Cell(IdealSource source, double distanceM, double offsetS)
    {
        if (distanceM <= 0)
        {
            return (double.NaN, double.NaN);
        }
        var (period, pulse) = (source.PulsePeriodNs * 1e-9, source.PulseLengthNs * 1e-9);
        var slowest = NeutronWavelength.TimeOfFlight(source.MaxWavelength, distanceM);
        var fastest = NeutronWavelength.TimeOfFlight(source.MinWavelength, distanceM);
        double weights = 0, first = 0, second = 0;
        for (var t = offsetS; t - slowest <= pulse; t += period)
        {
            var (earliest, latest) = (Math.Max(0, t - slowest), Math.Min(pulse, t - fastest));
            var weight = pulse > 0 ? (latest - earliest) / pulse : (earliest <= latest ? 1 : 0);
            if (weight <= 0)
            {
                continue;
            }
            var shortest = NeutronWavelength.FromTimeOfFlight(t - latest, distanceM);
            var longest = NeutronWavelength.FromTimeOfFlight(t - earliest, distanceM);
            var mean = (shortest + longest) / 2;
            var variance = (longest - shortest) * (longest - shortest) / 12;
            weights += weight;
            first += weight * mean;
            second += weight * (variance + mean * mean);
        }
        if (weights == 0)
        {
            return (double.NaN, double.NaN);
        }
        var cellMean = first / weights;
        return (cellMean, Math.Max(0, second / weights - cellMean * cellMean));
    }
}
