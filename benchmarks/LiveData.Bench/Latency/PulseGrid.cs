namespace LiveData.Bench.Latency;

/// <summary>
/// A fake producer's pulse grid: it sends one message per pulse at exactly <see cref="KnownPulseNs"/> + k·<see cref="PeriodNs"/>
/// (reference times in epoch ns), so one observed pulse fixes every other.
/// </summary>
public readonly record struct PulseGrid(long KnownPulseNs, long PeriodNs)
{
    /// <summary>The newest pulse strictly before <paramref name="endNs"/>: the last pulse a batch window <c>[start, end)</c> can hold.</summary>
    public long NewestBefore(long endNs)
    {
        var offset = endNs - 1 - KnownPulseNs;
        var pulses = offset / PeriodNs;
        if (offset % PeriodNs < 0)
        {
            pulses--; // round towards minus infinity for windows before the known pulse
        }
        return KnownPulseNs + (pulses * PeriodNs);
    }
}
