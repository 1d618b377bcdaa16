using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Ratemeter;

/// <summary>
/// BIFROST's <c>detector_ratemeter</c>: events in one analyser arc (chosen by its energy) within a range
/// of the 900 channel×pixel positions of that arc, per update and cumulatively.
/// </summary>
public sealed class DetectorRatemeterWorkflow(int firstDetectorNumber, int pixelsPerArc, int arc, int pixelStart, int pixelStop) : IWorkflow
{
    public const string WorkflowName = "detector_ratemeter";
    public const string Window = "detector_region_counts";
    public const string Cumulative = "detector_region_counts_cumulative";
    public static readonly IReadOnlyList<string> ArcEnergies = ["2.7 meV", "3.2 meV", "3.8 meV", "4.4 meV", "5.0 meV"];
    private const int PositionsPerArc = 900;
    private long _window;
    private long _cumulative;

    /// <summary>The ratemeter over <paramref name="detector"/>, whose arcs each hold <c>tube × 900</c> pixels.</summary>
    public static WorkflowSpec Spec(WorkflowId id, DetectorBank detector) =>
        new(id, ServiceNames.DetectorData, "Detector ratemeter", [detector.Name],
        [
            new OutputSpec(Window, "Region counts", Temporality.Window),
            new OutputSpec(Cumulative, "Region counts", Temporality.Cumulative),
        ], new Factory(detector));

    public void Accumulate(StreamData data)
    {
        if (data is not EventStreamData events)
        {
            return;
        }
        foreach (var payload in events.Ev44Payloads)
        {
            foreach (var id in Ev44View.Read(payload.Span).PixelId)
            {
                var pixel = id - firstDetectorNumber;
                var position = pixel % PositionsPerArc;
                if (pixel >= 0 && pixel / pixelsPerArc == arc && position >= pixelStart && position < pixelStop)
                {
                    _window++;
                }
            }
        }
    }

    public IReadOnlyDictionary<string, DataArray> Finalize()
    {
        _cumulative += _window;
        var outputs = new Dictionary<string, DataArray>
        {
            [Window] = new("Region counts", Variable.Scalar(_window, "counts"), []),
            [Cumulative] = new("Region counts", Variable.Scalar(_cumulative, "counts"), []),
        };
        _window = 0;
        return outputs;
    }

    public void Reset() => _window = _cumulative = 0;

    private sealed class Factory(DetectorBank detector) : IWorkflowFactory
    {
        public JsonElement DefaultParams { get; } = JsonDocument.Parse("""{"region":{"arc":"5.0 meV","pixel_start":0,"pixel_stop":900}}""").RootElement.Clone();

        public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
        {
            var region = ParamReader.Root(parameters).Object("region");
            var arc = region.Choice("arc", ArcEnergies[^1], ArcEnergies);
            var start = region.Integer("pixel_start", 0, 0, PositionsPerArc - 1);
            var stop = region.Integer("pixel_stop", PositionsPerArc, 1, PositionsPerArc);
            if (stop <= start)
            {
                throw region.Invalid("pixel_stop", $"must be greater than pixel_start ({start}), got {stop}");
            }
            var pixelsPerArc = (detector.LastDetectorNumber - detector.FirstDetectorNumber + 1) / ArcEnergies.Count;
            return new DetectorRatemeterWorkflow(detector.FirstDetectorNumber, pixelsPerArc, ArcEnergies.ToList().IndexOf(arc), start, stop);
        }
    }
}
