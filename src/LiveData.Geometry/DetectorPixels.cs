namespace LiveData.Geometry;

/// <summary>
/// Every pixel of one detector with its position, secondary flight path L2 = |pixel − sample| and scattering angle
/// 2θ = ∠(sample − source, pixel − sample); L1 = |sample − source| is shared. Metres and radians.
/// </summary>
public sealed class DetectorPixels
{
    private DetectorPixels(DetectorGeometry detector, Vector3d[] positions, double[] l2, double[] twoTheta, double l1)
    {
        Detector = detector;
        Positions = positions;
        L2 = l2;
        TwoTheta = twoTheta;
        L1 = l1;
    }

    public DetectorGeometry Detector { get; }

    public IReadOnlyList<long> DetectorNumbers => Detector.DetectorNumbers;

    public IReadOnlyList<Vector3d> Positions { get; }

    public double L1 { get; }

    public IReadOnlyList<double> L2 { get; }

    public IReadOnlyList<double> TwoTheta { get; }

    public static DetectorPixels Compute(DetectorGeometry detector, Vector3d sample, Vector3d source)
    {
        var n = detector.PixelCount;
        var positions = new Vector3d[n];
        var l2 = new double[n];
        var twoTheta = new double[n];
        detector.ComputePositions(positions);
        var incident = sample - source;
        for (var i = 0; i < n; i++)
        {
            var scattered = positions[i] - sample;
            l2[i] = scattered.Length;
            twoTheta[i] = Vector3d.Angle(incident, scattered);
        }
        return new DetectorPixels(detector, positions, l2, twoTheta, incident.Length);
    }
}
