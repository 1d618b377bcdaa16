using LiveData.Protocol.Commands;
using LiveData.Protocol.Json;
using LiveData.Protocol.Results;
using LiveData.Protocol.Rois;
using LiveData.Protocol.Status;
using LiveData.Services.Routing;
using LiveData.Wire;
using LiveData.Wire.Ad00;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;
using LiveData.Wire.X5f2;

namespace LiveData.Bench.Fuzz;

/// <summary>
/// The schemas <c>livedata-bench fuzz</c> covers. Each consumer runs what a service or the dashboard does with
/// a message: decode, interpret (ROIs, monitor histograms, DataArrays, heartbeats) and render it as JSON.
/// </summary>
public static class FuzzTargets
{
    public const string CommandSchema = "command";

    private static readonly Type[] Wire = [typeof(WireFormatException)];

    public static IReadOnlyList<FuzzTarget> All(string? vectorDirectory) =>
    [
        Binary(SchemaId.Ev44, vectorDirectory, payload => _ = Ev44View.Read(payload).SourceName),
        Binary(SchemaId.Da00, vectorDirectory, ConsumeDa00),
        Binary(SchemaId.F144, vectorDirectory, payload => _ = F144Codec.Decode(payload).Value.ToDoubles()),
        new(SchemaId.X5f2, WireSeeds.For(SchemaId.X5f2, vectorDirectory), HeartbeatMutator.Mutate, ConsumeX5f2, [typeof(WireFormatException), typeof(JsonFormatException)]),
        Binary(SchemaId.Ad00, vectorDirectory, payload => _ = Ad00Codec.Decode(payload).ElementCount),
        new(CommandSchema, CommandSeeds.All(), JsonMutator.Mutate, payload => CommandJson.Parse(payload), [typeof(JsonFormatException)]),
    ];

    private static FuzzTarget Binary(string schema, string? vectorDirectory, Action<byte[]> decode) =>
        new(schema, WireSeeds.For(schema, vectorDirectory), ByteMutator.Mutate, payload =>
        {
            decode(payload);
            _ = WireJson.ToJson(payload);
        }, Wire);

    private static void ConsumeDa00(byte[] payload)
    {
        var message = Da00Codec.Decode(payload);
        _ = WireJson.ToJson(payload);
        Attempt(() => RoiDa00.Decode(message));
        Attempt(() => DataArrayDa00.FromDa00(message));
        Attempt(() => MonitorHistogramDa00.Counts(message));
        _ = MonitorHistogramDa00.Timestamp(message);
    }

    private static void ConsumeX5f2(byte[] payload)
    {
        var status = X5f2Codec.Decode(payload);
        _ = WireJson.ToJson(payload);
        _ = HeartbeatCodec.Decode(status);
    }

    /// <summary>A message that is not, e.g., an ROI may still be a valid histogram: each reading is tried on its own.</summary>
    private static void Attempt(Action interpret)
    {
        try
        {
            interpret();
        }
        catch (WireFormatException)
        {
        }
    }
}
