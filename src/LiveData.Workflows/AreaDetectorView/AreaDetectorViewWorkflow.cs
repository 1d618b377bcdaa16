using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.AreaDetectorView;

/// <summary>
/// The view of an area detector that sends whole images (ad00): frames are summed, cumulatively and per
/// update, into an image (by default dims <c>dim_0</c>, <c>dim_1</c> at the detector's shape; see
/// <see cref="AreaImageView"/>), plus totals.
/// </summary>
public sealed class AreaDetectorViewWorkflow(AreaDetector detector, AreaImageView view) : IWorkflow
{
    public const string ServiceName = ServiceNames.DetectorData;
    private readonly double[] _window = new double[view.Size];
    private readonly double[] _cumulative = new double[view.Size];
    private double[] _frame = [];

    public static WorkflowSpec Spec(WorkflowId id, AreaDetector detector, AreaImageView? view = null) =>
        new(id, ServiceName, "Area detector view", [detector.Name],
        [
            new OutputSpec(TimeOfArrivalOutputs.Cumulative, "Detector image", Temporality.Cumulative),
            new OutputSpec(TimeOfArrivalOutputs.Current, "Detector image update", Temporality.Window),
            new OutputSpec(TimeOfArrivalOutputs.CountsTotal, "Total", Temporality.Window),
            new OutputSpec(TimeOfArrivalOutputs.CountsTotalCumulative, "Total", Temporality.Cumulative),
        ], new Factory(detector, view ?? AreaImageView.Raw(detector.Height, detector.Width)));

    public void Accumulate(StreamData data)
    {
        if (data is not ImageStreamData images)
        {
            return;
        }
        foreach (var image in images.Images)
        {
            if (image.Dimensions.Count != 2)
            {
                throw new ArgumentException($"{detector.Name} frames are 2-D images, got dimensions [{string.Join(", ", image.Dimensions)}]");
            }
            var (rows, columns) = ((int)image.Dimensions[0], (int)image.Dimensions[1]);
            if (rows == view.Rows && columns == view.Columns)
            {
                image.AddTo(_window);
                continue;
            }
            // A larger frame is read into a scratch buffer of its size once, then folded onto the image.
            if (_frame.Length != rows * columns)
            {
                _frame = new double[rows * columns];
            }
            Array.Clear(_frame);
            image.AddTo(_frame);
            view.AddBinned(_frame, rows, columns, _window);
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
        new(title, Variable.Doubles([view.RowDim, view.ColumnDim], [view.Rows, view.Columns], "counts", (double[])values.Clone()), []);

    private sealed class Factory(AreaDetector detector, AreaImageView view) : IWorkflowFactory
    {
        public JsonElement DefaultParams => NoParams.Default;

        public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
        {
            NoParams.Validate(parameters);
            return new AreaDetectorViewWorkflow(detector, view);
        }
    }
}
