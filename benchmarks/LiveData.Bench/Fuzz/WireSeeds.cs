using LiveData.Core.Identity;
using LiveData.Protocol.Rois;
using LiveData.Protocol.Status;
using LiveData.Wire;
using LiveData.Wire.Ad00;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;
using LiveData.Wire.X5f2;

namespace LiveData.Bench.Fuzz;

/// <summary>
/// Valid binary messages per schema: the golden vectors of ESS's Python serialisers when
/// <c>shared/wire-vectors</c> is found above the working directory, and always messages from our own encoders
/// (the only source for ad00, and the whole corpus where the vectors are not checked out).
/// </summary>
public static class WireSeeds
{
    /// <summary>Larger vectors repeat the layout of the small ones; copying them per message would dominate the run.</summary>
    public const int MaxSeedBytes = 16 * 1024;

    private const long Second = 1_000_000_000;
    private const long PulseTime = 1_700_000_000 * Second;

    public static IReadOnlyList<FuzzSeed> For(string schema, string? vectorDirectory) =>
    [
        .. Golden(schema, vectorDirectory),
        .. Encoded(schema),
    ];

    private static IEnumerable<FuzzSeed> Golden(string schema, string? vectorDirectory) =>
        vectorDirectory is null
            ? []
            : Directory.EnumerateFiles(vectorDirectory, schema + "_*.bin")
                .Order(StringComparer.Ordinal)
                .Select(path => new FuzzSeed(Path.GetFileNameWithoutExtension(path), File.ReadAllBytes(path)))
                .Where(seed => seed.Bytes.Length <= MaxSeedBytes);

    private static IEnumerable<FuzzSeed> Encoded(string schema) => schema switch
    {
        SchemaId.Ev44 =>
        [
            new("encoded ev44 two pulses", Ev44Encoder.Encode("monitor1", 7, [PulseTime, PulseTime + 71_000_000], [0, 3], [10, 20, 30, 40, 50], [1, 2, 3, 4, 5])),
            new("encoded ev44 empty", Ev44Encoder.Encode("", 0, [], [], [], [])),
            new("encoded ev44 without event vectors", Ev44Encoder.EncodeWithoutEventVectors("monitor1", 3)),
        ],
        SchemaId.Da00 =>
        [
            new("encoded da00 monitor histogram", Da00Codec.Encode(MonitorHistogram())),
            new("encoded da00 rectangle ROI", RoiDa00.Encode(Job, RoiGeometry.Rectangle, new Dictionary<int, Roi> { [0] = new RectangleRoi(1, 5, 2, 8), [3] = new RectangleRoi(0, 1, 0, 1) })),
            new("encoded da00 polygon ROI", RoiDa00.Encode(Job, RoiGeometry.Polygon, new Dictionary<int, Roi> { [1] = new PolygonRoi([(0, 0), (4, 0), (2, 3)]) })),
            new("encoded da00 string", Da00Codec.Encode(new Da00DataArray("nicos", 5, [Da00Variable.CString("value", "μs"), Da00Variable.Int32s("signal", "counts", ["x"], [2], [1, 2])]))),
        ],
        SchemaId.F144 =>
        [
            new("encoded f144 double", F144Codec.Encode(new F144LogData("motor", PulseTime, F144Value.Scalar(1.5)))),
            new("encoded f144 int64 array", F144Codec.Encode(new F144LogData("motor", PulseTime, F144Value.Array([1L, -2L, 3L])))),
            new("encoded f144 uint8", F144Codec.Encode(new F144LogData("flag", PulseTime, F144Value.Create(new byte[] { 7 }, isArray: false)))),
        ],
        SchemaId.X5f2 =>
        [
            new("encoded x5f2 job heartbeat", X5f2Codec.Encode(HeartbeatCodec.Encode(
                new JobStatus(Job, new WorkflowId("dummy", "monitor_histogram", 1), JobState.Active, null, null, PulseTime, null), Origin))),
            new("encoded x5f2 service heartbeat", X5f2Codec.Encode(HeartbeatCodec.Encode(
                new ServiceStatus("dummy", ServiceNames.MonitorData, "w1", ServiceState.Running, PulseTime, 1, null, 1.0,
                    new StreamStatistics(30, [new StreamCount("dummy_beam_monitor", "monitor1", "monitor1", 10)])), Origin))),
        ],
        SchemaId.Ad00 =>
        [
            new("encoded ad00 uint16", Ad00Codec.Encode(Ad00Array.UInt16s("camera", 1, PulseTime, [2, 3], [1, 2, 3, 4, 5, 6]))),
            new("encoded ad00 float64", Ad00Codec.Encode(Ad00Array.Doubles("camera", 2, PulseTime, [2], [0.5, -1]))),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(schema), schema, "no seeds for this schema"),
    };

    private static JobId Job { get; } = new("panel_0", JobNumber.Parse("5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"));

    private static HeartbeatOrigin Origin { get; } = new("1.0.0", "host", 42);

    private static Da00DataArray MonitorHistogram() => new("monitor1", PulseTime,
    [
        Da00Variable.Doubles("signal", "counts", ["time_of_arrival"], [3], [1, 2, 3]),
        Da00Variable.Doubles("time_of_arrival", "ms", ["time_of_arrival"], [4], [0, 10, 20, 71.4]),
        Da00Variable.Int64s("reference_time", "ns", ["pulse"], [1], [PulseTime]),
        Da00Variable.Doubles("errors", "counts", ["time_of_arrival"], [3], [1, 1.4, 1.7]),
    ]);
}
