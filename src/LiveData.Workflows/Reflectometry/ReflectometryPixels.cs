using LiveData.Geometry;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Reflectometry;

/// <summary>
/// What the reduction needs of each multiblade pixel, computed once per job (index = detector number − first): the
/// lookup-table row of its flight path L1 + L2, its θ bin, and its event weight 1 / (sin θ · proton current), upstream's
/// footprint and proton-current corrections. A pixel upstream masks (strip or z index outside the limits, divergence
/// outside the beam divergence limits), or whose θ is outside the θ edges, gets bin −1: its events are not counted.
/// </summary>
public sealed class ReflectometryPixels
{
    /// <summary>Upstream's live workflow takes a constant proton current of 1 µA in place of the accelerator's.</summary>
    public const double ProtonCurrentMicroampere = 1.0;

    private ReflectometryPixels(DistanceRow[] rows, int[] thetaBins, double[] weights, double[] theta)
    {
        Rows = rows;
        ThetaBins = thetaBins;
        Weights = weights;
        Theta = theta;
    }

    public DistanceRow[] Rows { get; }

    public int[] ThetaBins { get; }

    public double[] Weights { get; }

    /// <summary>θ (rad) of every pixel, NaN where the geometry has none.</summary>
    public double[] Theta { get; }

    /// <exception cref="WorkflowNotAvailableException">the geometry lacks the detector, the source or its rotation, or the table does not cover a pixel.</exception>
    public static ReflectometryPixels Compute(InstrumentGeometry geometry, string detector, MultibladeBank bank, ReflectometryParams parameters,
        WavelengthLookupTable table, EdgeBinner thetaBinner)
    {
        var rows = PixelRows.Of(table, geometry, detector, bank.FirstDetectorNumber, bank.PixelCount);
        var detectorGeometry = geometry.Detector(detector);
        var detectorRotation = ReflectionAngles.DetectorRotation(detectorGeometry);
        var positions = geometry.ComputePixels(detector).Positions;
        var sample = geometry.Sample.Position;
        var sampleRotation = parameters.SampleRotation.Radians;
        var theta = new double[bank.PixelCount];
        var bins = new int[bank.PixelCount];
        var weights = new double[bank.PixelCount];
        Array.Fill(theta, double.NaN);
        Array.Fill(bins, -1);
        for (var i = 0; i < positions.Count; i++)
        {
            var index = detectorGeometry.DetectorNumbers[i] - bank.FirstDetectorNumber;
            if (index < 0 || index >= bank.PixelCount)
            {
                continue;
            }
            var pixel = (int)index;
            var divergence = ReflectionAngles.Divergence(positions[i], sample, detectorRotation);
            theta[pixel] = ReflectionAngles.Theta(divergence, sampleRotation);
            var kept = parameters.YIndexLimits.Contains(bank.Strip(pixel))
                && parameters.ZIndexLimits.Contains(bank.ZIndex(pixel))
                && parameters.BeamDivergenceLimits.Contains(divergence);
            // Upstream divides by sin θ whatever its sign (θ < 0 weighs negative, as there); a pixel at θ = 0 exactly would
            // weigh ∞ and poison every sum it joins, so it is left out.
            var sinTheta = Math.Sin(theta[pixel]);
            bins[pixel] = kept && sinTheta != 0 ? thetaBinner.BinOf(theta[pixel]) : -1;
            weights[pixel] = sinTheta != 0 ? 1 / (sinTheta * ProtonCurrentMicroampere) : 0;
        }
        return new ReflectometryPixels(rows, bins, weights, theta);
    }
}
