using System.Globalization;

namespace LiveData.Bench.Kernels;

/// <summary>
/// Whether a reduction's histogram equals a reference's (numpy's, the C loop's): the totals within 1e-9 relative and every
/// bin within 1e-9 of the larger of the two. Both add the same doubles in event order, so they should agree to the last bit.
/// </summary>
internal static class HistogramAgreement
{
    public const double RelativeTolerance = 1e-9;

    /// <param name="whose">The reference in messages, e.g. "numpy's".</param>
    /// <exception cref="InvalidOperationException">they disagree; the message names the case, the bin and both values.</exception>
    public static void Check(string name, ReadOnlySpan<double> ours, ReadOnlySpan<double> reference, string whose)
    {
        if (ours.Length != reference.Length)
        {
            throw new InvalidOperationException($"{name}: our histogram has {ours.Length} values, {whose} {reference.Length}");
        }
        double ourSum = 0, referenceSum = 0;
        for (var i = 0; i < ours.Length; i++)
        {
            ourSum += ours[i];
            referenceSum += reference[i];
        }
        if (!Close(ourSum, referenceSum))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{name}: the sum of our histogram is {ourSum:R}, {whose} {referenceSum:R} (more than {RelativeTolerance} apart relative)"));
        }
        for (var i = 0; i < ours.Length; i++)
        {
            if (!Close(ours[i], reference[i]))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: bin {i} of our histogram is {ours[i]:R}, {whose} {reference[i]:R} (more than {RelativeTolerance} apart relative)"));
            }
        }
    }

    // NaN never agrees: neither side should produce one.
    private static bool Close(double a, double b) => Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));
}
