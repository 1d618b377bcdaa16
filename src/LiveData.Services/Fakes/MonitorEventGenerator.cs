namespace LiveData.Services.Fakes;

/// <summary>
/// Synthetic monitor events as upstream's fake produces them: monitor i (0-based) of n gets about
/// 10 000·0.7^i events per pulse (10 % spread, at least 100), time-of-arrival ~ Normal(20 ms + 30 ms·i/(n−1), 10 ms).
/// A rate multiplier scales the mean count (and the floor) for load runs.
/// </summary>
public sealed class MonitorEventGenerator(int monitorIndex, int monitorCount, Random random, double rateMultiplier = 1)
{
    private readonly double _meanCount = 10_000 * Math.Pow(0.7, monitorIndex) * rateMultiplier;
    private readonly int _minimumCount = Math.Max(1, (int)Math.Round(100 * rateMultiplier));
    private readonly double _meanToaNs = 20e6 + (monitorCount > 1 ? 30e6 * monitorIndex / (monitorCount - 1) : 0);
    private const double ToaSigmaNs = 10e6;

    public int[] NextPulse()
    {
        var count = Math.Max(_minimumCount, (int)Math.Round(_meanCount * (1 + 0.1 * random.NextGaussian())));
        var toa = new int[count];
        for (var i = 0; i < count; i++)
        {
            toa[i] = (int)(_meanToaNs + ToaSigmaNs * random.NextGaussian());
        }
        return toa;
    }
}
