using LiveData.Core.Data;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// BIFROST's Q maps as the scientist reads them: <c>cut_data</c> with dims (arc, axis2, axis1), the normalised
/// intensity per cell since the job started. Where a line sits is the intensity-weighted mean of the bin centres, once
/// enough events are in.
/// </summary>
public sealed class QMapDriver(WorkflowDriver workflow, LogDataDriver logs)
{
    public const string Output = "cut_data";

    /// <summary>The device the Q maps take the sample rotation a3 from, and the logs it is merged from.</summary>
    private const string RotationStage = "rotation_stage";

    /// <summary>
    /// The intensity (counts·Å/pC) a mean is taken over at least, so counting noise cannot pass or fail a step: about
    /// 130 events, each weighing the incident band's width, ~1.6 Å, over 1 pC.
    /// </summary>
    private const double EnoughIntensity = 200;

    /// <summary>Logs the rotation stage standing still at <paramref name="degrees"/>: its readback, setpoint and idle flag, which make one device sample.</summary>
    public async Task LogSampleRotationAsync(double degrees, CancellationToken ct)
    {
        await logs.SendValueAsync($"{RotationStage}/target_value", degrees, ct);
        await logs.SendValueAsync($"{RotationStage}/value", degrees, ct);
        await logs.SendValueAsync($"{RotationStage}/idle_flag", 1, ct);
    }

    /// <summary>Waits until the elastic map holds enough events and every one of them lies on the <paramref name="positive"/> or negative side of <paramref name="dim"/> = 0.</summary>
    public Task<DataArray> WaitForIntensityOnOneSideAsync(string dim, bool positive, CancellationToken ct) =>
        workflow.WaitForOutputAsync(Source, Output, cut =>
        {
            var centres = BinCentres(cut, dim);
            var along = cut.Data.Dims.ToList().IndexOf(dim);
            var stride = along == 2 ? 1 : (int)cut.Data.Shape[2];
            var values = cut.Data.ToDoubles();
            double inside = 0, outside = 0;
            for (var cell = 0; cell < values.Length; cell++)
            {
                var centre = centres[cell / stride % centres.Length];
                (inside, outside) = centre > 0 == positive ? (inside + values[cell], outside) : (inside, outside + values[cell]);
            }
            return inside >= EnoughIntensity && outside == 0;
        }, ct);

    /// <summary>Waits until every arc holds enough events and their mean ΔE is within <paramref name="tolerance"/> meV of <paramref name="energy"/>.</summary>
    public Task<DataArray> WaitForElasticLineAsync(double energy, double tolerance, CancellationToken ct) =>
        workflow.WaitForOutputAsync(Source, Output, cut =>
            Enumerable.Range(0, (int)cut.Data.Shape[0]).All(arc => MeanEnergyTransfer(cut, arc) is { } mean && Math.Abs(mean - energy) <= tolerance), ct);

    /// <summary>Waits until the Q bin holding <paramref name="q"/> (1/Å) has enough events, over all arcs, with mean ΔE within <paramref name="tolerancePercent"/> of <paramref name="energy"/> meV.</summary>
    public Task<DataArray> WaitForDispersionAsync(double q, double energy, double tolerancePercent, CancellationToken ct) =>
        workflow.WaitForOutputAsync(Source, Output, cut =>
            MeanEnergyTransferAt(cut, q) is { } mean && Math.Abs(mean - energy) <= energy * tolerancePercent / 100, ct);

    /// <summary>Waits until the map has <paramref name="bins2"/> × <paramref name="bins1"/> cells per arc with these axes' edges; returns it.</summary>
    public Task<DataArray> WaitForBinningAsync(string dim2, int bins2, double from2, double to2, string dim1, int bins1, double from1, double to1, CancellationToken ct) =>
        workflow.WaitForOutputAsync(Source, Output, cut =>
            cut.Data.Dims.Count == 3 && cut.Data.Dims[1] == dim2 && cut.Data.Dims[2] == dim1
            && Spans(cut.Coord(dim2), bins2, from2, to2) && Spans(cut.Coord(dim1), bins1, from1, to1), ct);

    private string Source => workflow.Jobs[0].SourceName;

    private static bool Spans(Variable? edges, int bins, double from, double to) =>
        edges is not null && edges.Length == bins + 1 && Math.Abs(edges.DoubleValues[0] - from) < 1e-9 && Math.Abs(edges.DoubleValues[^1] - to) < 1e-9;

    // The counts-weighted mean ΔE (meV) of one arc of a (arc, ΔE, Q) map, or null while it holds too few events.
    private static double? MeanEnergyTransfer(DataArray cut, int arc)
    {
        var (energies, columns) = (BinCentres(cut, "ΔE"), (int)cut.Data.Shape[2]);
        var values = cut.Data.ToDoubles();
        var perArc = energies.Length * columns;
        double sum = 0, weighted = 0;
        for (var cell = arc * perArc; cell < (arc + 1) * perArc; cell++)
        {
            sum += values[cell];
            weighted += values[cell] * energies[cell % perArc / columns];
        }
        return sum >= EnoughIntensity ? weighted / sum : null;
    }

    // The counts-weighted mean ΔE (meV) over every arc in the Q bin holding q, or null while it holds too few events.
    private static double? MeanEnergyTransferAt(DataArray cut, double q)
    {
        var qEdges = cut.Coord("Q")!.ToDoubles();
        var column = Array.FindIndex(qEdges, e => e > q) - 1;
        if (column < 0)
        {
            return null;
        }
        var (energies, columns) = (BinCentres(cut, "ΔE"), qEdges.Length - 1);
        var values = cut.Data.ToDoubles();
        double sum = 0, weighted = 0;
        for (var cell = column; cell < values.Length; cell += columns)
        {
            sum += values[cell];
            weighted += values[cell] * energies[cell / columns % energies.Length];
        }
        return sum >= EnoughIntensity ? weighted / sum : null;
    }

    private static double[] BinCentres(DataArray cut, string dim)
    {
        var edges = cut.Coord(dim)!.ToDoubles();
        return [.. edges.Zip(edges.Skip(1), (a, b) => (a + b) / 2)];
    }
}
