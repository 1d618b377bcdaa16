using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Workflows.Histogramming;

namespace LiveData.Workflows.Reflectometry;

/// <summary>
/// ESTIA's <c>reflectometry_reduction</c> as upstream registers it (group data_reduction). It needs the instrument's
/// geometry (pixel positions, the detector rotation, L1 + L2) and its wavelength lookup table.
/// </summary>
public sealed class ReflectometryReductionSpec(MultibladeBank bank) : IWorkflowFactory
{
    public const string WorkflowName = "reflectometry_reduction";

    public static WorkflowSpec For(string instrument, string detector, MultibladeBank bank) =>
        new(new WorkflowId(instrument, WorkflowName, 1), ServiceNames.DataReduction, "Reflectometry reduction", [detector],
            ReflectometryOutputs.Specs, new ReflectometryReductionSpec(bank));

    public JsonElement DefaultParams => ReflectometryParams.Default.ToJson();

    public IWorkflow Create(string sourceName, JsonElement parameters, IInstrumentFiles files)
    {
        var parsed = ReflectometryParams.Parse(parameters);
        var table = files.LookupTable;
        var thetaEdges = new EdgeBinner(parsed.ThetaEdges.ValuesIn(ReflectometryUnits.Angles));
        var pixels = ReflectometryPixels.Compute(files.Geometry, sourceName, bank, parsed, table, thetaEdges);
        return new ReflectometryReductionWorkflow(pixels, table, bank.FirstDetectorNumber, parsed);
    }
}
