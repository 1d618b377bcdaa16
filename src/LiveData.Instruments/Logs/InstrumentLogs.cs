using LiveData.Core.Beamline;

namespace LiveData.Instruments.Logs;

/// <summary>
/// An instrument's f144 logs: the raw logs on Kafka, the devices merged from readback/setpoint/done-moving logs,
/// and what a timeseries can show — plain logs and devices, never a device's substreams — in ordinal order as upstream lists them.
/// </summary>
public sealed class InstrumentLogs
{
    private readonly Dictionary<string, F144Log> _streams;
    private readonly Dictionary<string, LogDevice> _devices;

    private InstrumentLogs(IReadOnlyList<F144Log> streams, IReadOnlyList<LogDevice> devices)
    {
        Streams = streams;
        Devices = devices;
        _streams = streams.ToDictionary(s => s.Name);
        _devices = devices.ToDictionary(d => d.Name);
        var substreams = devices.SelectMany(d => d.Substreams).ToHashSet();
        PlainStreams = [.. streams.Where(s => !substreams.Contains(s.Name))];
        TimeseriesSources =
        [
            .. PlainStreams.Select(s => new LogStream(s.Name, s.Unit))
                .Concat(devices.Select(d => new LogStream(d.Name, d.Unit)))
                .OrderBy(s => s.Name, StringComparer.Ordinal),
        ];
    }

    public static InstrumentLogs None { get; } = new([], []);

    public IReadOnlyList<F144Log> Streams { get; }

    public IReadOnlyList<LogDevice> Devices { get; }

    /// <summary>The raw logs that are no device's substream.</summary>
    public IReadOnlyList<F144Log> PlainStreams { get; }

    public IReadOnlyList<LogStream> TimeseriesSources { get; }

    /// <summary>Logs named as the services name them, each published under its own name on the motion topic (no devices).</summary>
    public static InstrumentLogs Plain(string prodTopic, params LogStream[] logs) =>
        new([.. logs.Select(l => new F144Log(l.Name, l.Unit, prodTopic, l.Name))], []);

    /// <summary>
    /// Names the logs of an instrument's NeXus geometry as upstream does: substreams by the shortest unique tail of
    /// their path (at least two components), devices by their group's shortest unique tail that no substream uses,
    /// unless <paramref name="rename"/> (keyed by NeXus path) names them.
    /// </summary>
    /// <exception cref="ArgumentException">A rename matches nothing, or two logs would get the same name.</exception>
    public static InstrumentLogs FromParsed(IReadOnlyList<ParsedF144Stream> parsed, IReadOnlyDictionary<string, string>? rename = null)
    {
        rename ??= new Dictionary<string, string>();
        var devices = DeviceDetection.Detect(parsed);
        var unknown = rename.Keys.Where(path => !devices.ContainsKey(path) && parsed.All(p => p.NexusPath != path)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Renames name no log or device: {string.Join(", ", unknown)}");
        }
        var substreamNames = LogNames.Suggest(parsed.Select(p => p.NexusPath));
        var deviceNames = LogNames.Suggest(devices.Keys, minDepth: 1, forbidden: substreamNames.Values);
        string NameOf(string path) => rename.TryGetValue(path, out var name) ? name : substreamNames.TryGetValue(path, out name) ? name : deviceNames[path];
        var taken = new HashSet<string>();
        string Claim(string path) => taken.Add(NameOf(path)) ? NameOf(path) : throw new ArgumentException($"Name '{NameOf(path)}' of '{path}' is already taken");
        F144Log[] streams = [.. parsed.Select(p => new F144Log(Claim(p.NexusPath), p.Unit, p.Topic, p.Source))];
        LogDevice[] merged =
        [
            .. devices.Select(d => new LogDevice(Claim(d.Key), d.Value.Unit, NameOf(d.Value.Value),
                d.Value.Target is { } target ? NameOf(target) : null, d.Value.Idle is { } idle ? NameOf(idle) : null)),
        ];
        return new InstrumentLogs(streams, merged);
    }

    /// <summary>The logs of <paramref name="instrument"/>'s embedded table that production lets LiveData read, named as upstream names them.</summary>
    public static InstrumentLogs Of(string instrument, IReadOnlyDictionary<string, string>? rename = null) =>
        FromParsed(F144StreamTable.Authorized(instrument), rename);

    public F144Log? Find(string name) => _streams.GetValueOrDefault(name);

    public LogDevice? FindDevice(string name) => _devices.GetValueOrDefault(name);

    /// <summary>The raw logs a timeseries source is made of: a device's substreams, a plain log itself, or nothing for a non-log.</summary>
    public IEnumerable<string> RawLogsOf(string source) =>
        _devices.TryGetValue(source, out var device) ? device.Substreams
        : _streams.ContainsKey(source) ? [source]
        : [];
}
