namespace LiveData.Services.Routing;

/// <summary>
/// One raw stream as a producer publishes it: the topic, the Kafka source_name, the internal stream
/// (logical name) a service maps that pair to, and what the topic carries.
/// </summary>
public sealed record RawStream(string Topic, string SourceName, string Stream, RawTopicKind Kind);
