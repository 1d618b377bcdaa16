using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.TotalCounts;

/// <summary>
/// Upstream's dummy <c>total_counts</c> (data_reduction): every event of the detector since start or
/// reset, as a 0-D int64 in counts. Events whose pixel id is not one of the detector's are not counted.
/// </summary>
public sealed class TotalCountsWorkflow(int firstDetectorNumber, int lastDetectorNumber) : IWorkflow
{
    public const string WorkflowName = "total_counts";
    public const string ServiceName = ServiceNames.DataReduction;
    public const string Output = "total_counts";
    private long _total;

    public static WorkflowSpec Spec(WorkflowId id, DetectorBank detector) =>
        new(id, ServiceName, "Total counts", [detector.Name], [new OutputSpec(Output, "Total counts", Temporality.Cumulative)],
            new Factory(detector));

    public void Accumulate(StreamData data)
    {
        if (data is not EventStreamData events)
        {
            return;
        }
        foreach (var payload in events.Ev44Payloads)
        {
            foreach (var pixel in Ev44View.Read(payload.Span).PixelId)
            {
                if (pixel >= firstDetectorNumber && pixel <= lastDetectorNumber)
                {
                    _total++;
                }
            }
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize() =>
        new Dictionary<string, DataArray> { [Output] = new("Total counts", Variable.Scalar(_total, "counts"), []) };

    public void Reset() => _total = 0;

    private sealed class Factory(DetectorBank detector) : IWorkflowFactory
    {
        public JsonElement DefaultParams => NoParams.Default;

        public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
        {
            NoParams.Validate(parameters);
            return new TotalCountsWorkflow(detector.FirstDetectorNumber, detector.LastDetectorNumber);
        }
    }
}
