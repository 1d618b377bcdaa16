using System.Text.Json;
using LiveData.Core.Beamline;
using LiveData.Core.Identity;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>
/// BIFROST's Q maps as upstream registers them (group data_reduction, source unified_detector, one cumulative output
/// <c>cut_data</c> with dims (arc, axis2, axis1)): <c>qmap</c> (|Q| and ΔE), <c>elastic_qmap</c> (two of Qx, Qy,
/// Qz) and <c>elastic_qmap_custom</c> (two directions). They need the instrument's geometry, its wavelength lookup
/// table and a normalisation run (<see cref="NormalizationRun"/>), and read the sample rotation a3 from its log as
/// upstream's context key.
/// </summary>
public sealed class QMapSpec(DetectorBank bank, Func<JsonElement, (CutAxis Axis1, CutAxis Axis2)> axes, JsonElement defaults) : IWorkflowFactory
{
    /// <summary>Upstream binds the <c>rotation_stage</c> device (degrees) to the sample angle a3.</summary>
    public const string SampleRotationStream = "rotation_stage";

    private static readonly OutputSpec[] Outputs = [new(QCutWorkflow.Output, "Cut Data", Temporality.Cumulative)];

    public JsonElement DefaultParams => defaults;

    public static WorkflowSpec QMap(string instrument, DetectorBank bank) =>
        Spec(instrument, "qmap", "Q map", bank, json => QMapParams.Parse(json).Axes(), QMapParams.Default.ToJson());

    public static WorkflowSpec ElasticQMap(string instrument, DetectorBank bank) =>
        Spec(instrument, "elastic_qmap", "Elastic Q map", bank, json => ElasticQMapParams.Parse(json).Axes(), ElasticQMapParams.Default.ToJson());

    public static WorkflowSpec CustomElasticQMap(string instrument, DetectorBank bank) =>
        Spec(instrument, "elastic_qmap_custom", "Elastic Q map (custom)", bank, json => CustomElasticQMapParams.Parse(json).Axes(), CustomElasticQMapParams.Default.ToJson());

    public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
    {
        var (axis1, axis2) = axes(parameters);
        var table = files.LookupTable;
        var pixelCount = bank.LastDetectorNumber - bank.FirstDetectorNumber + 1;
        var pixels = IndirectPixels.Compute(files.Geometry, sourceName, bank.FirstDetectorNumber, pixelCount, pixelCount / AnalyserArcs.Count, table);
        return new QCutWorkflow(pixels, NormalizationRun.Spectrum(files, table), table, bank.FirstDetectorNumber, SampleRotationStream, axis1, axis2);
    }

    private static WorkflowSpec Spec(string instrument, string name, string title, DetectorBank bank, Func<JsonElement, (CutAxis, CutAxis)> axes, JsonElement defaults) =>
        new(new WorkflowId(instrument, name, 1), ServiceNames.DataReduction, title, [bank.Name], Outputs, new QMapSpec(bank, axes, defaults))
        {
            ContextStreams = [SampleRotationStream],
        };
}
