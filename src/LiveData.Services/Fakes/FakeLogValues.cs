using LiveData.Core.Beamline;
using LiveData.Instruments.Logs;

namespace LiveData.Services.Fakes;

/// <summary>
/// Plausible values for each of an instrument's raw logs at a given tick (one per second): a log drifts within the
/// range typical of its unit (a chopper near 14 Hz, a sample near room temperature, an angle over 0–90°), and a
/// motorised device moves to a new setpoint every 20 ticks, reaching it after 10, with its done-moving flag
/// set while it stands still.
/// </summary>
public sealed class FakeLogValues
{
    private const int MoveTicks = 10;
    private const int HoldTicks = 10;

    // Base value and swing per unit; a log swings from base to base + swing and back over 100 ticks.
    private static readonly Dictionary<string, (double Base, double Swing)> Ranges = new()
    {
        ["deg"] = (0, 90),
        ["mm"] = (0, 50),
        ["m"] = (1, 0.5),
        ["Hz"] = (14, 0.01),
        ["1/s"] = (14, 0.01),
        ["ns"] = (1e6, 100),
        ["µs"] = (1000, 0.1),
        ["ms"] = (1, 0.001),
        ["K"] = (295, 0.5),
        ["C"] = (21, 0.2),
        ["V"] = (5, 0.1),
        ["kV"] = (10, 0.01),
        ["mA"] = (2, 0.05),
        ["µC"] = (200, 5),
        ["W"] = (1.5, 0.2),
    };

    private readonly IReadOnlyList<F144Log> _plain;
    private readonly IReadOnlyList<LogDevice> _devices;

    public FakeLogValues(InstrumentLogs logs)
    {
        _plain = logs.PlainStreams;
        _devices = logs.Devices;
    }

    /// <summary>The i-th value of a ramp from 0 up to 90 in 50 steps and back down, repeating (upstream's fake log).</summary>
    public static double Ramp(long i)
    {
        var step = (int)(i % 100);
        return 90.0 * (step <= 50 ? step : 100 - step) / 50;
    }

    /// <summary>The range a log of <paramref name="unit"/> moves in; logs of other units hold 1.</summary>
    public static (double Base, double Swing) RangeOf(string unit) => Ranges.GetValueOrDefault(unit, (1, 0));

    /// <summary>The value each raw log (by internal name) takes at <paramref name="tick"/>.</summary>
    public IEnumerable<(string Log, double Value)> At(long tick)
    {
        foreach (var log in _plain)
        {
            var (bottom, swing) = RangeOf(log.Unit);
            yield return (log.Name, bottom + swing * Ramp(tick) / 90);
        }
        foreach (var device in _devices)
        {
            // The order a real move reports in: setpoint, done flag, then readback.
            var (position, target, idle) = Motion(device.Unit, tick);
            if (device.Target is { } targetLog)
            {
                yield return (targetLog, target);
            }
            if (device.Idle is { } idleLog)
            {
                yield return (idleLog, idle ? 1 : 0);
            }
            yield return (device.Value, position);
        }
    }

    // Alternates between two setpoints; moves linearly for MoveTicks after each change, then holds.
    private static (double Position, double Target, bool Idle) Motion(string unit, long tick)
    {
        var (low, swing) = RangeOf(unit);
        var high = low + (swing == 0 ? 1 : swing);
        var move = tick / (MoveTicks + HoldTicks);
        var into = tick % (MoveTicks + HoldTicks);
        var (from, to) = move % 2 == 0 ? (low, high) : (high, low);
        var idle = into >= MoveTicks;
        return (idle ? to : from + (to - from) * into / MoveTicks, to, idle);
    }
}
