using LiveData.Messaging.Kafka;

namespace LiveData.Tests.Services.Support;

/// <summary>An in-memory <see cref="IMessageSink"/> that keeps every published message in order.</summary>
public sealed class RecordingSink : IMessageSink
{
    public List<(string Topic, byte[] Value)> Messages { get; } = [];

    public void Publish(string topic, byte[] value) => Messages.Add((topic, value));

    /// <summary>Counts flushes: everything is "delivered" the moment it is published.</summary>
    public int Flushes { get; private set; }

    public void Flush(CancellationToken ct) => Flushes++;

    public IReadOnlyList<byte[]> On(string topic) => [.. Messages.Where(m => m.Topic == topic).Select(m => m.Value)];
}
