using LiveData.Geometry;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Sans;

/// <summary>
/// What I(Q) needs of every pixel of a bank, by detector number − first: its lookup-table row (flight path L1 + L2),
/// sin θ (θ half its scattering angle) and solid angle Ω, all after shifting the pixel by minus the beam centre, as
/// upstream's <c>DetectorPositionOffset</c> does. Numbers the geometry lacks get no row, so their events are dropped.
/// </summary>
public sealed class SansPixels
{
    private SansPixels(DistanceRow[] rows, double[] sinTheta, double[] solidAngle)
    {
        Rows = rows;
        SinTheta = sinTheta;
        SolidAngle = solidAngle;
    }

    public DistanceRow[] Rows { get; }

    public double[] SinTheta { get; }

    public double[] SolidAngle { get; }

    /// <exception cref="WorkflowNotAvailableException">the geometry lacks the bank, sample or source, or the table does not cover a pixel.</exception>
    public static SansPixels Of(InstrumentGeometry geometry, WavelengthLookupTable table, string bank, int firstDetectorNumber, int pixelCount, Vector3d beamCenter)
    {
        DetectorGeometry detector;
        Vector3d source;
        try
        {
            detector = geometry.Detector(bank);
            source = (geometry.Source ?? throw new InvalidOperationException("the geometry has no NXsource")).Position;
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
        {
            throw new WorkflowNotAvailableException($"I(Q) needs the flight paths and angles of {bank}'s pixels: {e.Message}");
        }
        var sample = geometry.Sample.Position;
        var incident = sample - source;
        var cylinder = detector.PixelCylinderVectors();
        var positions = new Vector3d[detector.PixelCount];
        detector.ComputePositions(positions);
        var flightPaths = new double[positions.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] -= beamCenter;
            flightPaths[i] = incident.Length + (positions[i] - sample).Length;
        }
        var rows = FlightPathRows.Of(table, flightPaths, bank);
        var byNumber = new SansPixels(new DistanceRow[pixelCount], new double[pixelCount], new double[pixelCount]);
        Array.Fill(byNumber.Rows, DistanceRow.Outside);
        var numbers = detector.DetectorNumbers;
        for (var i = 0; i < positions.Length; i++)
        {
            var index = numbers[i] - firstDetectorNumber;
            if (index < 0 || index >= pixelCount)
            {
                continue;
            }
            var scattered = positions[i] - sample;
            byNumber.Rows[index] = rows[i];
            byNumber.SinTheta[index] = Math.Sin(Vector3d.Angle(incident, scattered) / 2);
            byNumber.SolidAngle[index] = cylinder is var (axis, radius)
                ? PixelSolidAngle.Cylinder(scattered, axis, radius.Length)
                : PixelSolidAngle.FacingUnitArea(scattered);
        }
        return byNumber;
    }
}
