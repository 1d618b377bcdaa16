using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>Cucumber's seconds-and-nanoseconds timestamps and durations.</summary>
internal static class MessageTime
{
    private const long NanosPerTick = 100;

    public static Timestamp Timestamp(DateTimeOffset time)
    {
        var ticks = (time - DateTimeOffset.UnixEpoch).Ticks;
        return new Timestamp(ticks / TimeSpan.TicksPerSecond, ticks % TimeSpan.TicksPerSecond * NanosPerTick);
    }

    public static Duration Duration(TimeSpan duration) =>
        new(duration.Ticks / TimeSpan.TicksPerSecond, duration.Ticks % TimeSpan.TicksPerSecond * NanosPerTick);
}
