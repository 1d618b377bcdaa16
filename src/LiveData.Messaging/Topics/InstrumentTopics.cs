namespace LiveData.Messaging.Topics;

/// <summary>The Kafka topics of one instrument, named as in the DEV stream mapping, within a topic namespace.</summary>
public sealed record InstrumentTopics
{
    private InstrumentTopics(string instrument, TopicNamespace topicNamespace)
    {
        Instrument = instrument;
        Namespace = topicNamespace;
    }

    public string Instrument { get; }

    public TopicNamespace Namespace { get; }

    public string BeamMonitor => Named("beam_monitor");

    public string Detector => Named("detector");

    public string AreaDetector => Named("area_detector");

    public string Motion => Named("motion");

    public string Commands => Named("livedata_commands");

    public string Data => Named("livedata_data");

    public string Responses => Named("livedata_responses");

    public string Roi => Named("livedata_roi");

    public string Heartbeat => Named("livedata_heartbeat");

    public string NicosData => Named("livedata_nicos_data");

    public string Filewriter => Named("filewriter");

    /// <summary>
    /// Every topic to provision before services start: the raw DEV topics, the livedata topics
    /// and the filewriter topic. Upstream leaves <see cref="NicosData"/> to broker
    /// auto-creation; it is listed here because our producers never auto-create.
    /// </summary>
    /// <remarks>Built on each call so that record equality stays by instrument name and namespace.</remarks>
    public IReadOnlyList<string> All =>
    [
        BeamMonitor, Detector, AreaDetector, Motion,
        Commands, Data, Responses, Roi, Heartbeat, NicosData,
        Filewriter,
    ];

    /// <summary>The instrument's topics, each name prefixed by <paramref name="topicNamespace"/> (none by default).</summary>
    /// <exception cref="ArgumentException">The name would not give legal topic names.</exception>
    public static InstrumentTopics For(string instrument, TopicNamespace? topicNamespace = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instrument);
        var topics = new InstrumentTopics(instrument, topicNamespace ?? TopicNamespace.None);
        // The longest derived name decides whether the instrument name is usable.
        TopicNames.Validate(topics.NicosData, nameof(instrument));
        return topics;
    }

    private string Named(string suffix) => Namespace.Apply($"{Instrument}_{suffix}");
}
