using System.Globalization;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Core.Data;
using LiveData.Core.Identity;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Where a reflectometry reduction's I(Q) shows the critical edge. The known-answer film sits in a flat incident
/// spectrum and the footprint correction undoes the sample's sin θ share of the beam, so below the edge I(Q) is a
/// flat plateau (R = 1) and normalising by the incident spectrum is dividing by that plateau. The plateau is the median
/// of the bins from half to nine tenths of the expected edge (robust to counting noise in any one bin); the edge is
/// where I(Q) first drops below half of it, between bin centres by linear interpolation (Fresnel's R is ½ at 1.015 Q_c).
/// </summary>
public sealed class ReflectivityDriver(WorkflowDriver workflow, DashboardDriver dashboard, ScenarioDiagnostics diagnostics)
{
    private const string IOfQ = "i_of_q";

    /// <summary>Waits until the job's I(Q) falls to half its plateau within <paramref name="tolerancePercent"/> of <paramref name="criticalQ"/> (1/Å); returns where it does.</summary>
    public Task<string> WaitForCriticalEdgeAsync(double criticalQ, double tolerancePercent, CancellationToken ct)
    {
        var source = workflow.Jobs.Single().SourceName;
        return Eventually.UntilAsync($"I(Q) of {source} to fall to half its plateau within {tolerancePercent} % of Q = {criticalQ} 1/Å", _ =>
        {
            dashboard.Backend.Update();
            var edge = dashboard.Backend.Results[new DataKey(workflow.Workflow, source, IOfQ)] is { } iOfQ ? HalfPlateauCrossing(iOfQ, criticalQ) : null;
            var seen = edge is null ? "no crossing below half the plateau yet" : string.Create(CultureInfo.InvariantCulture, $"half the plateau at Q = {edge:0.#####} 1/Å");
            return Task.FromResult((edge is not null && Math.Abs(edge.Value - criticalQ) <= criticalQ * tolerancePercent / 100 ? seen : null, seen));
        }, 2 * WorkflowDriver.ResultTimeout, diagnostics.DumpAsync, ct);
    }

    /// <summary>The Q (1/Å) where I(Q) first falls below half its plateau past 0.9 <paramref name="criticalQ"/>, or null.</summary>
    public static double? HalfPlateauCrossing(DataArray iOfQ, double criticalQ)
    {
        var edges = iOfQ.Coord("Q")?.DoubleValues.ToArray() ?? throw new InvalidOperationException("I(Q) has no Q coordinate");
        var values = iOfQ.Data.DoubleValues.ToArray();
        var centres = Enumerable.Range(0, values.Length).Select(i => (edges[i] + edges[i + 1]) / 2).ToArray();
        var plateauBins = values.Where((_, i) => centres[i] >= criticalQ / 2 && centres[i] <= 0.9 * criticalQ).Order().ToArray();
        if (plateauBins.Length == 0 || !(plateauBins[plateauBins.Length / 2] > 0))
        {
            return null;
        }
        var half = plateauBins[plateauBins.Length / 2] / 2;
        for (var i = 1; i < values.Length; i++)
        {
            if (centres[i] > 0.9 * criticalQ && values[i] < half && values[i - 1] >= half)
            {
                return centres[i - 1] + (values[i - 1] - half) / (values[i - 1] - values[i]) * (centres[i] - centres[i - 1]);
            }
        }
        return null;
    }
}
