using LiveData.Protocol.Status;

namespace LiveData.Services.Routing;

/// <summary>
/// Counts messages per (topic, source, stream) over a window. Dropped messages are counted under the
/// stream names "&lt;error&gt;" and "&lt;unmapped&gt;", so nothing is lost silently.
/// </summary>
public sealed class StreamStatisticsCollector(TimeProvider clock, TimeSpan window)
{
    public const string ErrorStream = "<error>";
    public const string UnmappedStream = "<unmapped>";
    private readonly Dictionary<(string Topic, string Source, string Stream), long> _counts = [];
    private DateTimeOffset _windowStart = clock.GetUtcNow();

    public long TotalErrors { get; private set; }

    public void Record(string topic, string sourceName, string stream)
    {
        _counts[(topic, sourceName, stream)] = _counts.GetValueOrDefault((topic, sourceName, stream)) + 1;
        if (stream == ErrorStream)
        {
            TotalErrors++;
        }
    }

    /// <summary>The counts of the window just closed, once per window; null in between.</summary>
    public StreamStatistics? TakeIfDue()
    {
        var now = clock.GetUtcNow();
        if (now - _windowStart < window)
        {
            return null;
        }
        var stats = new StreamStatistics(
            window.TotalSeconds,
            [.. _counts.Select(c => new StreamCount(c.Key.Topic, c.Key.Source, c.Key.Stream, c.Value))]);
        _counts.Clear();
        _windowStart = now;
        return stats;
    }
}
