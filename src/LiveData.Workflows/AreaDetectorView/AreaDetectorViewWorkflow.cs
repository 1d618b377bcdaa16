using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.AreaDetectorView;

/// <summary>
/// The view of an area detector that sends whole images (ad00): frames are summed, cumulatively and per
/// update, into an image with dims <c>dim_0</c>, <c>dim_1</c>, plus totals.
/// </summary>
public sealed class AreaDetectorViewWorkflow(AreaDetector detector) : IWorkflow
{
    public const string ServiceName = ServiceNames.DetectorData;
    private static readonly IReadOnlyList<string> Dims = ["dim_0", "dim_1"];
    private readonly double[] _window = new double[detector.Height * detector.Width];
    private readonly double[] _cumulative = new double[detector.Height * detector.Width];

    public static WorkflowSpec Spec(WorkflowId id, AreaDetector detector) =>
        new(id, ServiceName, "Area detector view", [detector.Name],
        [
            new OutputSpec(TimeOfArrivalOutputs.Cumulative, "Detector image", Temporality.Cumulative),
            new OutputSpec(TimeOfArrivalOutputs.Current, "Detector image update", Temporality.Window),
            new OutputSpec(TimeOfArrivalOutputs.CountsTotal, "Total", Temporality.Window),
            new OutputSpec(TimeOfArrivalOutputs.CountsTotalCumulative, "Total", Temporality.Cumulative),
        ], new Factory(detector));

    public void Accumulate(StreamData data)
    {
        if (data is not ImageStreamData images)
        {
            return;
        }
        foreach (var image in images.Images)
        {
            if (image.ElementCount != _window.Length)
            {
                throw new ArgumentException($"{detector.Name} frames have {detector.Height}×{detector.Width} pixels, got dimensions [{string.Join(", ", image.Dimensions)}]");
            }
            image.AddTo(_window);
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize()
    {
        for (var i = 0; i < _window.Length; i++)
        {
            _cumulative[i] += _window[i];
        }
        var outputs = new Dictionary<string, DataArray>
        {
            [TimeOfArrivalOutputs.Cumulative] = Image("Detector image", _cumulative),
            [TimeOfArrivalOutputs.Current] = Image("Detector image update", _window),
            [TimeOfArrivalOutputs.CountsTotal] = new("Total", Variable.Scalar(_window.Sum(), "counts"), []),
            [TimeOfArrivalOutputs.CountsTotalCumulative] = new("Total", Variable.Scalar(_cumulative.Sum(), "counts"), []),
        };
        Array.Clear(_window);
        return outputs;
    }

    public void Reset()
    {
        Array.Clear(_window);
        Array.Clear(_cumulative);
    }

    private DataArray Image(string title, double[] values) =>
        new(title, Variable.Doubles(Dims, [detector.Height, detector.Width], "counts", (double[])values.Clone()), []);

    private sealed class Factory(AreaDetector detector) : IWorkflowFactory
    {
        public JsonElement DefaultParams => NoParams.Default;

        public IWorkflow Create(string sourceName, JsonElement parameters)
        {
            NoParams.Validate(parameters);
            return new AreaDetectorViewWorkflow(detector);
        }
    }
}
