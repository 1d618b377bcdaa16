using LiveData.Core.Beamline;

namespace LiveData.Services.Fakes;

/// <summary>
/// Synthetic area-detector frames as upstream's fake produces them: a Gaussian blob (σ 15 px, amplitude
/// 500) orbiting the centre at radius min(shape)/6 once every 140 frames, plus Poisson(5) noise, as uint16.
/// </summary>
public sealed class AreaImageGenerator(AreaDetector detector, Random random)
{
    public const int OrbitFrames = 140;
    private const double Sigma = 15;
    private const double Amplitude = 500;
    private const double NoiseMean = 5;
    private static readonly double[] NoiseCdf = PoissonCdf(NoiseMean, 40);
    private readonly ushort[] _frame = new ushort[detector.Height * detector.Width];
    private long _index;

    public string SourceName => detector.Name;

    public IReadOnlyList<long> Shape => [detector.Height, detector.Width];

    public ReadOnlyMemory<ushort> NextFrame()
    {
        var angle = 2 * Math.PI * (_index++ % OrbitFrames) / OrbitFrames;
        var radius = Math.Min(detector.Height, detector.Width) / 6.0;
        var (cy, cx) = (detector.Height / 2.0 + radius * Math.Sin(angle), detector.Width / 2.0 + radius * Math.Cos(angle));
        for (var y = 0; y < detector.Height; y++)
        {
            for (var x = 0; x < detector.Width; x++)
            {
                var d2 = (y - cy) * (y - cy) + (x - cx) * (x - cx);
                var value = Amplitude * Math.Exp(-d2 / (2 * Sigma * Sigma)) + Noise();
                _frame[y * detector.Width + x] = (ushort)Math.Min(ushort.MaxValue, value);
            }
        }
        return _frame;
    }

    // Inverse-CDF sampling from a precomputed table: one uniform per pixel.
    private int Noise()
    {
        var index = Array.BinarySearch(NoiseCdf, random.NextDouble());
        return index >= 0 ? index : ~index;
    }

    private static double[] PoissonCdf(double mean, int max)
    {
        var cdf = new double[max];
        var term = Math.Exp(-mean);
        var sum = 0.0;
        for (var k = 0; k < max; k++)
        {
            sum += term;
            cdf[k] = sum;
            term *= mean / (k + 1);
        }
        return cdf;
    }
}
