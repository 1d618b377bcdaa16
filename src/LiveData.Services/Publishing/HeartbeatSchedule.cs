namespace LiveData.Services.Publishing;

/// <summary>Heartbeats go out on the first cycle and then every interval of wall-clock time.</summary>
public sealed class HeartbeatSchedule(TimeProvider clock, TimeSpan interval)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(2);
    private DateTimeOffset? _last;

    public bool IsDue()
    {
        var now = clock.GetUtcNow();
        if (_last is { } last && now - last < interval)
        {
            return false;
        }
        _last = now;
        return true;
    }
}
