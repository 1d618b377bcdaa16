using System.Globalization;

namespace LiveData.Bench.Kernels;

/// <summary>
/// Whether a reduction's histogram equals numpy's: the totals within 1e-9 relative and every bin within 1e-9 of the
/// larger of the two. Both add the same doubles in event order, so they should agree to the last bit.
/// </summary>
internal static class HistogramAgreement
{
    public const double RelativeTolerance = 1e-9;

    /// <exception cref="InvalidOperationException">they disagree; the message names the case, the bin and both values.</exception>
    public static void Check(string name, ReadOnlySpan<double> ours, ReadOnlySpan<double> numpy)
    {
        if (ours.Length != numpy.Length)
        {
            throw new InvalidOperationException($"{name}: our histogram has {ours.Length} values, numpy's {numpy.Length}");
        }
        double ourSum = 0, numpySum = 0;
        for (var i = 0; i < ours.Length; i++)
        {
            ourSum += ours[i];
            numpySum += numpy[i];
        }
        if (!Close(ourSum, numpySum))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{name}: the sum of our histogram is {ourSum:R}, numpy's {numpySum:R} (more than {RelativeTolerance} apart relative)"));
        }
        for (var i = 0; i < ours.Length; i++)
        {
            if (!Close(ours[i], numpy[i]))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: bin {i} of our histogram is {ours[i]:R}, numpy's {numpy[i]:R} (more than {RelativeTolerance} apart relative)"));
            }
        }
    }

    // NaN never agrees: neither side should produce one.
    private static bool Close(double a, double b) => Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));
}
