namespace LiveData.Messaging;

/// <summary>The Kafka topics of one instrument, named as in the DEV stream mapping.</summary>
public sealed record InstrumentTopics
{
    private InstrumentTopics(string instrument) => Instrument = instrument;

    public string Instrument { get; }

    public string BeamMonitor => $"{Instrument}_beam_monitor";

    public string Detector => $"{Instrument}_detector";

    public string AreaDetector => $"{Instrument}_area_detector";

    public string Motion => $"{Instrument}_motion";

    public string Commands => $"{Instrument}_livedata_commands";

    public string Data => $"{Instrument}_livedata_data";

    public string Responses => $"{Instrument}_livedata_responses";

    public string Roi => $"{Instrument}_livedata_roi";

    public string Heartbeat => $"{Instrument}_livedata_heartbeat";

    public string NicosData => $"{Instrument}_livedata_nicos_data";

    public string Filewriter => $"{Instrument}_filewriter";

    /// <summary>
    /// Every topic to provision before services start: the raw DEV topics, the livedata topics
    /// and the filewriter topic. Upstream leaves <see cref="NicosData"/> to broker
    /// auto-creation; it is listed here because our producers never auto-create.
    /// </summary>
    /// <remarks>Built on each call so that record equality stays by instrument name.</remarks>
    public IReadOnlyList<string> All =>
    [
        BeamMonitor, Detector, AreaDetector, Motion,
        Commands, Data, Responses, Roi, Heartbeat, NicosData,
        Filewriter,
    ];

    /// <exception cref="ArgumentException">The name would not give legal topic names.</exception>
    public static InstrumentTopics For(string instrument)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(instrument);
        var topics = new InstrumentTopics(instrument);
        // The longest derived name decides whether the instrument name is usable.
        TopicNames.Validate(topics.NicosData, nameof(instrument));
        return topics;
    }
}
