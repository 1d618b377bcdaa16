using LiveData.Services.Routing;

namespace LiveData.Services.Batching;

/// <summary>Groups stream messages into batches; each closed batch is processed by the jobs at once.</summary>
public interface IMessageBatcher
{
    double WindowSeconds { get; }

    /// <summary>Adds one message; returns the batches it closed (usually none).</summary>
    IReadOnlyList<MessageBatch> Add(StreamMessage message);

    /// <summary>Called once per service cycle after the cycle's messages were added: closes a batch that should not wait any longer.</summary>
    MessageBatch? CloseIfStalled();
}
