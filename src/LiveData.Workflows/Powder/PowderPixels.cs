using LiveData.Geometry;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Powder;

/// <summary>
/// What the powder reduction needs of each pixel of a bank, by detector number from <see cref="FirstDetectorNumber"/>:
/// its lookup-table row (L1 + L2), sin θ, and its row of upstream's fine 2θ grid (1023 bins from the bank's smallest to
/// just above its largest 2θ). Numbers the geometry lacks have row −1 and are dropped.
/// </summary>
public sealed class PowderPixels
{
    /// <summary>Upstream's fine 2θ grid: <c>linspace(min, nextafter(max), 1024)</c>.</summary>
    public const int FineTwoThetaEdgeCount = 1024;

    private PowderPixels(int first, DistanceRow[] rows, double[] sinTheta, int[] fineRow, double[] fineEdges, double meanFlightPath, double meanTwoTheta)
    {
        FirstDetectorNumber = first;
        Rows = rows;
        SinTheta = sinTheta;
        FineRow = fineRow;
        FineTwoThetaEdges = fineEdges;
        MeanFlightPathM = meanFlightPath;
        MeanTwoThetaRad = meanTwoTheta;
    }

    public int FirstDetectorNumber { get; }

    public DistanceRow[] Rows { get; }

    public double[] SinTheta { get; }

    public int[] FineRow { get; }

    /// <summary>The fine 2θ edges in rad.</summary>
    public double[] FineTwoThetaEdges { get; }

    public int FineRowCount => FineTwoThetaEdges.Length - 1;

    /// <summary>Unweighted mean of L1 + L2 over the bank's pixels (m), for DIFC.</summary>
    public double MeanFlightPathM { get; }

    /// <summary>Unweighted mean 2θ over the bank's pixels (rad), for DIFC.</summary>
    public double MeanTwoThetaRad { get; }

    /// <exception cref="WorkflowNotAvailableException">the geometry lacks the bank or the source, or the table does not cover a pixel.</exception>
    public static PowderPixels Of(WavelengthLookupTable table, InstrumentGeometry geometry, string detector)
    {
        DetectorPixels pixels;
        try
        {
            pixels = geometry.ComputePixels(detector);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new WorkflowNotAvailableException($"the powder reduction needs the positions of {detector}'s pixels, the sample and the source: {e.Message}");
        }
        var flightPaths = pixels.L2.Select(l2 => pixels.L1 + l2).ToArray();
        var rowOfPixel = FlightPathRows.Of(table, flightPaths, detector);
        var numbers = pixels.DetectorNumbers;
        var first = (int)numbers.Min();
        var count = (int)(numbers.Max() - first + 1);
        var fineEdges = FineEdges(pixels.TwoTheta);
        var rows = new DistanceRow[count];
        var sinTheta = new double[count];
        var fineRow = new int[count];
        Array.Fill(rows, DistanceRow.Outside);
        Array.Fill(fineRow, -1);
        var step = (fineEdges[^1] - fineEdges[0]) / (fineEdges.Length - 1);
        for (var i = 0; i < numbers.Count; i++)
        {
            var index = (int)(numbers[i] - first);
            var twoTheta = pixels.TwoTheta[i];
            rows[index] = rowOfPixel[i];
            sinTheta[index] = Math.Sin(twoTheta / 2);
            fineRow[index] = Math.Min((int)((twoTheta - fineEdges[0]) / step), fineEdges.Length - 2);
        }
        return new PowderPixels(first, rows, sinTheta, fineRow, fineEdges, flightPaths.Average(), pixels.TwoTheta.Average());
    }

    private static double[] FineEdges(IReadOnlyList<double> twoTheta)
    {
        var (min, max) = (twoTheta.Min(), Math.BitIncrement(twoTheta.Max()));
        var edges = new double[FineTwoThetaEdgeCount];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = min + (max - min) * i / (edges.Length - 1);
        }
        edges[^1] = max;
        return edges;
    }
}
