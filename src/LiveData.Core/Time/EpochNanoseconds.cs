namespace LiveData.Core.Time;

/// <summary>ESS timestamps: nanoseconds since the Unix epoch, as every wire format carries them.</summary>
public static class EpochNanoseconds
{
    public static long From(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks * 100;

    public static long Now(TimeProvider clock) => From(clock.GetUtcNow());
}
