using LiveData.Core.Time;

namespace LiveData.Services.Fakes;

/// <summary>
/// The 14 Hz ESS pulse grid, starting when the producer starts. Pulses that fell due while the loop
/// lagged are all returned, so the grid catches up instead of drifting.
/// </summary>
public sealed class PulseClock(TimeProvider clock)
{
    public const double PulseRateHz = 14.0;
    public static readonly long PeriodNs = (long)(1e9 / PulseRateHz);
    private readonly long _originNs = NowNs(clock);
    private long _next;

    public IEnumerable<long> DuePulses()
    {
        var now = NowNs(clock);
        while (_originNs + _next * PeriodNs <= now)
        {
            yield return _originNs + _next++ * PeriodNs;
        }
    }

    public TimeSpan UntilNextPulse() =>
        TimeSpan.FromTicks(Math.Max(0, (_originNs + _next * PeriodNs - NowNs(clock)) / 100));

    private static long NowNs(TimeProvider clock) => EpochNanoseconds.Now(clock);
}
