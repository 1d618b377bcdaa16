using LiveData.Services.Routing;

namespace LiveData.Services.Batching;

/// <summary>
/// Groups stream messages into fixed data-time windows (1 s = 14 pulses by default). A window closes when
/// the first message at or after its end arrives. If data stops, a wall-clock backstop closes the open
/// window so its results are not held back indefinitely. Late messages join the open window.
/// A timestamp more than <see cref="PlausibleHorizonWindows"/> windows ahead is not trusted to move the
/// grid (one bogus far-future message must not drag every later batch with it) until
/// <see cref="ConfirmationsToJump"/> such messages arrive in a row, as they do when data genuinely resumes later.
/// </summary>
public sealed class DataTimeBatcher(long windowNs, TimeProvider clock, TimeSpan stallBackstop) : IMessageBatcher
{
    public const long DefaultWindowNs = 1_000_000_000;

    /// <summary>How long a window may stay open without data moving it on before <see cref="CloseIfStalled"/> closes it.</summary>
    public static readonly TimeSpan DefaultStallBackstop = TimeSpan.FromSeconds(3);
    public const int PlausibleHorizonWindows = 3;
    public const int ConfirmationsToJump = 3;
    private readonly List<StreamMessage> _open = [];
    private long? _start;
    private DateTimeOffset _openedAt;
    private int _farAheadInARow;

    public double WindowSeconds => windowNs / 1e9;

    public IReadOnlyList<MessageBatch> Add(StreamMessage message)
    {
        List<MessageBatch>? closed = null;
        if (_start is null)
        {
            Open(message.TimestampNs);
        }
        else if (message.TimestampNs >= _start.Value + windowNs * (1 + PlausibleHorizonWindows))
        {
            if (++_farAheadInARow >= ConfirmationsToJump)
            {
                closed = [Close(_start.Value + windowNs)];
                Open(message.TimestampNs);
                _farAheadInARow = 0;
            }
        }
        else if (message.TimestampNs >= _start.Value + windowNs)
        {
            var end = _start.Value + windowNs;
            closed = [Close(end)];
            // Skip empty windows but keep the grid, so window bounds stay comparable across batches.
            Open(end + (message.TimestampNs - end) / windowNs * windowNs);
            _farAheadInARow = 0;
        }
        else
        {
            _farAheadInARow = 0;
        }
        _open.Add(message);
        return closed ?? (IReadOnlyList<MessageBatch>)[];
    }

    /// <summary>Closes the open window if data has not moved it on for longer than the backstop.</summary>
    public MessageBatch? CloseIfStalled()
    {
        if (_start is not { } start || _open.Count == 0 || clock.GetUtcNow() - _openedAt < stallBackstop)
        {
            return null;
        }
        var batch = Close(start + windowNs);
        Open(start + windowNs);
        return batch;
    }

    private void Open(long start)
    {
        _start = start;
        _openedAt = clock.GetUtcNow();
    }

    private MessageBatch Close(long end)
    {
        var batch = new MessageBatch(_start!.Value, end, [.. _open]);
        _open.Clear();
        return batch;
    }
}
