using LiveData.Geometry;
using LiveData.Workflows.Unavailable;

namespace LiveData.Workflows.Wavelength;

/// <summary>The lookup-table row of every pixel of a detector, by detector number, from the geometry's L1 + L2.</summary>
public static class PixelRows
{
    /// <returns>Rows for detector numbers <paramref name="firstDetectorNumber"/> … + <paramref name="pixelCount"/> − 1;
    /// numbers the geometry lacks get <see cref="DistanceRow.Outside"/>, so their events are dropped.</returns>
    /// <exception cref="WorkflowNotAvailableException">the geometry lacks the detector or the source, or the table does not cover a pixel.</exception>
    public static DistanceRow[] Of(WavelengthLookupTable table, InstrumentGeometry geometry, string detector, int firstDetectorNumber, int pixelCount)
    {
        double[] flightPaths;
        IReadOnlyList<long> numbers;
        try
        {
            flightPaths = FlightPaths.Pixels(geometry, detector);
            numbers = geometry.Detector(detector).DetectorNumbers;
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new WorkflowNotAvailableException($"wavelength mode needs the flight paths of {detector}'s pixels: {e.Message}");
        }
        var rows = FlightPathRows.Of(table, flightPaths, detector);
        var byNumber = new DistanceRow[pixelCount];
        Array.Fill(byNumber, DistanceRow.Outside);
        for (var i = 0; i < rows.Length; i++)
        {
            var index = numbers[i] - firstDetectorNumber;
            if (index >= 0 && index < pixelCount)
            {
                byNumber[index] = rows[i];
            }
        }
        return byNumber;
    }
}
