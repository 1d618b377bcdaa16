using LiveData.Protocol.Status;

namespace LiveData.Services.Routing;

/// <summary>
/// Counts messages per (topic, source, stream) over a window. Dropped messages are counted under the
/// stream names "&lt;error&gt;" and "&lt;unmapped&gt;", and records the service never received under
/// "&lt;skipped&gt;", so nothing is lost silently.
/// </summary>
public sealed class StreamStatisticsCollector(TimeProvider clock, TimeSpan window)
{
    public const string ErrorStream = "<error>";
    public const string UnmappedStream = "<unmapped>";
    public const string SkippedStream = "<skipped>";
    private readonly Dictionary<(string Topic, string Source, string Stream), long> _counts = [];
    private DateTimeOffset _windowStart = clock.GetUtcNow();
    private DateTimeOffset? _lastSkip;
    private bool _skippedInWindow;

    public long TotalErrors { get; private set; }

    public long TotalSkipped { get; private set; }

    /// <summary>Set for one window after records were skipped; the service heartbeat carries it as its warning.</summary>
    public string? Warning => _lastSkip is { } last && clock.GetUtcNow() - last < window
        ? $"{TotalSkipped} records were skipped because the consumer fell behind"
        : null;

    public void Record(string topic, string sourceName, string stream) => Add(topic, sourceName, stream, 1);

    public void RecordSkipped(string topic, long count)
    {
        Add(topic, SkippedStream, SkippedStream, count);
        TotalSkipped += count;
        _lastSkip = clock.GetUtcNow();
        _skippedInWindow = true;
    }

    /// <summary>
    /// The counts of the window just closed, once per window; null in between. Skipped records close
    /// the window at once, so the loss is reported in the next heartbeat rather than up to a window later.
    /// </summary>
    public StreamStatistics? TakeIfDue()
    {
        var now = clock.GetUtcNow();
        if (now - _windowStart < window && !_skippedInWindow)
        {
            return null;
        }
        var stats = new StreamStatistics(
            (now - _windowStart).TotalSeconds,
            [.. _counts.Select(c => new StreamCount(c.Key.Topic, c.Key.Source, c.Key.Stream, c.Value))]);
        _counts.Clear();
        _windowStart = now;
        _skippedInWindow = false;
        return stats;
    }

    private void Add(string topic, string sourceName, string stream, long count)
    {
        _counts[(topic, sourceName, stream)] = _counts.GetValueOrDefault((topic, sourceName, stream)) + count;
        if (stream == ErrorStream)
        {
            TotalErrors += count;
        }
    }
}
