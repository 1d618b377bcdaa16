namespace LiveData.Workflows;

/// <summary>What one batch delivered for one stream.</summary>
public abstract record StreamData(string StreamName);

/// <summary>
/// Raw ev44 payloads of one stream, already validated by the adapter. Workflows read the event
/// vectors as spans straight from these buffers, so the hot path never copies events.
/// </summary>
public sealed record EventStreamData(string StreamName, IReadOnlyList<ReadOnlyMemory<byte>> Ev44Payloads) : StreamData(StreamName);
