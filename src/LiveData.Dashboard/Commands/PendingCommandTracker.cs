using System.Collections.Concurrent;
using LiveData.Protocol.Acknowledgements;

namespace LiveData.Dashboard.Commands;

/// <summary>
/// Counts acknowledgements per command message id; completes with a notification when all expected
/// responses arrived, or expires with an error notification after <see cref="Timeout"/>.
/// </summary>
internal sealed class PendingCommandTracker(TimeProvider clock, TimeSpan? timeout = null)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PendingCommand> _pending = [];

    public ConcurrentQueue<Notification> Notifications { get; } = new();

    /// <summary>The commands still awaiting acknowledgements, oldest first.</summary>
    public IReadOnlyList<AwaitedCommand> Awaited
    {
        get
        {
            lock (_gate)
            {
                return [.. _pending.Select(p => new AwaitedCommand(p.Key, p.Value.Description, p.Value.ResponsesAwaited, p.Value.SentAt)).OrderBy(c => c.SentAt)];
            }
        }
    }

    public void Track(string messageId, string description, int expectedResponses)
    {
        lock (_gate)
        {
            _pending[messageId] = new PendingCommand(description, expectedResponses, clock.GetUtcNow());
        }
    }

    public void Process(CommandAcknowledgement ack)
    {
        lock (_gate)
        {
            if (!_pending.TryGetValue(ack.MessageId, out var command))
            {
                return;
            }
            command.Record(ack.Response == AckResponse.Err ? $"{ack.Device}: {ack.Message}" : null);
            if (command.IsComplete)
            {
                _pending.Remove(ack.MessageId);
                Notifications.Enqueue(command.Errors.Count == 0
                    ? new Notification($"{command.Description}: acknowledged", false)
                    : new Notification($"{command.Description} failed: {string.Join("; ", command.Errors)}", true));
            }
        }
    }

    public void ExpireOverdue()
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            foreach (var (messageId, command) in _pending.Where(p => now - p.Value.SentAt > (timeout ?? Timeout)).ToList())
            {
                _pending.Remove(messageId);
                Notifications.Enqueue(new Notification($"{command.Description}: no response within {(timeout ?? Timeout).TotalSeconds:0} s", true));
            }
        }
    }
}
