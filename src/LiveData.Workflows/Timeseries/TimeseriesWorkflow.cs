using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Timeseries;

/// <summary>
/// Upstream's <c>timeseries_data</c>: publishes the log samples that arrived since the previous publish
/// (<c>delta</c>, a series along <c>time</c> in the log's unit; a device's series also has its setpoint as coord
/// <c>target</c> and its done-moving flag as int32 coord <c>idle</c>). Samples at or before the latest time
/// already taken are skipped, so duplicates and out-of-order repeats never publish twice. No reset.
/// </summary>
public sealed class TimeseriesWorkflow(string unit) : IWorkflow
{
    public const string WorkflowName = "timeseries_data";
    public const string ServiceName = ServiceNames.Timeseries;
    public const string Output = "delta";
    private readonly List<LogSample> _delta = [];
    private long _latest = long.MinValue;

    /// <summary>The workflow every instrument gets over all its f144 logs.</summary>
    public static WorkflowSpec Spec(string instrument, IReadOnlyList<LogStream> logs) =>
        new(new WorkflowId(instrument, WorkflowName, 1), ServiceName, "Timeseries", [.. logs.Select(l => l.Name)],
            [new OutputSpec(Output, "Timeseries", Temporality.Series)], new Factory(logs), SupportsReset: false);

    public void Accumulate(StreamData data)
    {
        if (data is not LogStreamData log)
        {
            return;
        }
        foreach (var sample in log.Samples)
        {
            if (sample.TimeNs > _latest)
            {
                _delta.Add(sample);
                _latest = sample.TimeNs;
            }
        }
    }

    /// <summary>The new samples, or nothing when every sample of the batch was a repeat.</summary>
    public IReadOnlyDictionary<string, DataArray> Finalize()
    {
        if (_delta.Count == 0)
        {
            return new Dictionary<string, DataArray>();
        }
        long[] shape = [_delta.Count];
        var coords = new List<KeyValuePair<string, Variable>> { new("time", Variable.Int64s(["time"], shape, "ns", [.. _delta.Select(s => s.TimeNs)])) };
        if (_delta.All(s => s.Target is not null))
        {
            coords.Add(new("target", Variable.Doubles(["time"], shape, unit, [.. _delta.Select(s => s.Target!.Value)])));
        }
        if (_delta.All(s => s.Idle is not null))
        {
            coords.Add(new("idle", Variable.Int32s(["time"], shape, "dimensionless", [.. _delta.Select(s => s.Idle!.Value ? 1 : 0)])));
        }
        var delta = new DataArray("Timeseries", Variable.Doubles(["time"], shape, unit, [.. _delta.Select(s => s.Value)]), coords);
        _delta.Clear();
        return new Dictionary<string, DataArray> { [Output] = delta };
    }

    public void Reset() => throw new NotSupportedException("timeseries_data does not support reset");

    private sealed class Factory(IReadOnlyList<LogStream> logs) : IWorkflowFactory
    {
        public JsonElement DefaultParams => NoParams.Default;

        public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
        {
            NoParams.Validate(parameters);
            return new TimeseriesWorkflow(logs.First(l => l.Name == sourceName).Unit);
        }
    }
}
