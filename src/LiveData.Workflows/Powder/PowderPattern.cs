using LiveData.Workflows.Histogramming;

namespace LiveData.Workflows.Powder;

/// <summary>
/// A bank's focussed pattern: I(d) summed over 2θ and I(2θ, d) over the requested 2θ bins, with variances. Upstream
/// divides the accumulated histogram by its own sum (a stand-in for the proton charge), so I(d) sums to 1; each fine
/// 2θ row goes whole into the requested bin that holds its midpoint, rows outside every bin are left out of I(2θ, d).
/// </summary>
public sealed record PowderPattern(double[] Dspacing, double[] DspacingVariances, double[] TwoThetaDspacing, double[] TwoThetaDspacingVariances)
{
    public static PowderPattern Normalised(PowderHistogram histogram, IReadOnlyList<double> fineTwoThetaEdgesRad, double[] twoThetaEdgesRad)
    {
        var bins = histogram.DspacingBins;
        var angles = twoThetaEdgesRad.Length - 1;
        var total = histogram.Values.Sum();
        var (scale, scale2) = (1 / total, 1 / (total * total));
        var dspacing = new double[bins];
        var dspacingVariances = new double[bins];
        var grouped = new double[angles * bins];
        var groupedVariances = new double[grouped.Length];
        for (var row = 0; row < histogram.FineRows; row++)
        {
            var values = histogram.Values.AsSpan(row * bins, bins);
            var variances = histogram.Variances.AsSpan(row * bins, bins);
            for (var b = 0; b < bins; b++)
            {
                dspacing[b] += values[b] * scale;
                dspacingVariances[b] += variances[b] * scale2;
            }
            var angle = EdgeBinner.IndexOf(twoThetaEdgesRad, (fineTwoThetaEdgesRad[row] + fineTwoThetaEdgesRad[row + 1]) / 2);
            if (angle < 0)
            {
                continue;
            }
            for (var b = 0; b < bins; b++)
            {
                grouped[angle * bins + b] += values[b] * scale;
                groupedVariances[angle * bins + b] += variances[b] * scale2;
            }
        }
        return new PowderPattern(dspacing, dspacingVariances, grouped, groupedVariances);
    }

    /// <summary>
    /// This pattern over a vanadium pattern of the same bins, cell by cell, with var(a/b) = var_a/b² + a²·var_b/b⁴.
    /// Where the vanadium is 0 upstream masks the cell (<c>zero_vanadium</c>); here it is NaN.
    /// </summary>
    public PowderPattern DividedBy(PowderPattern vanadium) =>
        new(Divide(Dspacing, DspacingVariances, vanadium.Dspacing, vanadium.DspacingVariances, out var variances),
            variances,
            Divide(TwoThetaDspacing, TwoThetaDspacingVariances, vanadium.TwoThetaDspacing, vanadium.TwoThetaDspacingVariances, out var groupedVariances),
            groupedVariances);

    private static double[] Divide(double[] a, double[] varA, double[] b, double[] varB, out double[] variances)
    {
        var quotient = new double[a.Length];
        variances = new double[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            if (b[i] == 0)
            {
                (quotient[i], variances[i]) = (double.NaN, double.NaN);
                continue;
            }
            var b2 = b[i] * b[i];
            quotient[i] = a[i] / b[i];
            variances[i] = varA[i] / b2 + a[i] * a[i] * varB[i] / (b2 * b2);
        }
        return quotient;
    }

}
