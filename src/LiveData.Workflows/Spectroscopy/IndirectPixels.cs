using LiveData.Geometry;
using LiveData.Workflows.Wavelength;

namespace LiveData.Workflows.Spectroscopy;

/// <summary>
/// What an indirect-geometry reduction needs of every pixel, computed once per job (upstream's per-pixel secondary
/// flight): its arc, hence E_f and k_f; the final wave vector k⃗_f along the sample–pixel line; and the secondary
/// flight time L2 / v_f that takes an event's time back to the sample. Vectors are in the beam-aligned frame upstream
/// uses: z along the incident beam, y up (against gravity), x = y × z. Indexed by detector number − the first.
/// </summary>
public sealed class IndirectPixels
{
    private IndirectPixels(int[] arcs, double[] finalEnergies, double[] kfX, double[] kfY, double[] kfZ, double[] secondaryTimeNs, DistanceRow primaryFlight)
    {
        Arcs = arcs;
        FinalEnergies = finalEnergies;
        KfX = kfX;
        KfY = kfY;
        KfZ = kfZ;
        SecondaryTimeNs = secondaryTimeNs;
        PrimaryFlight = primaryFlight;
    }

    /// <summary>The arc of each pixel, −1 where the detector has no such number.</summary>
    public int[] Arcs { get; }

    /// <summary>E_f (meV) per pixel.</summary>
    public double[] FinalEnergies { get; }

    public double[] KfX { get; }

    public double[] KfY { get; }

    public double[] KfZ { get; }

    /// <summary>L2 / v_f per pixel, in ns.</summary>
    public double[] SecondaryTimeNs { get; }

    /// <summary>The lookup table's row at L1: the incident wavelength comes from the time at the sample over the primary flight.</summary>
    public DistanceRow PrimaryFlight { get; }

    /// <param name="pixelsPerArc">Consecutive detector numbers per arc, from the first.</param>
    public static IndirectPixels Compute(InstrumentGeometry geometry, string detector, int firstDetectorNumber, int pixelCount, int pixelsPerArc, WavelengthLookupTable table)
    {
        var pixels = geometry.ComputePixels(detector);
        var sample = geometry.Sample.Position;
        var source = geometry.Source?.Position ?? throw new InvalidOperationException("the geometry has no NXsource: the incident beam needs the source position");
        var (ex, ey, ez) = BeamFrame(sample - source);
        var arcs = new int[pixelCount];
        Array.Fill(arcs, -1);
        var finalEnergies = new double[pixelCount];
        var kfX = new double[pixelCount];
        var kfY = new double[pixelCount];
        var kfZ = new double[pixelCount];
        var secondary = new double[pixelCount];
        for (var i = 0; i < pixels.Positions.Count; i++)
        {
            var index = (int)(pixels.DetectorNumbers[i] - firstDetectorNumber);
            var arc = index / pixelsPerArc;
            if (index < 0 || index >= pixelCount || arc >= AnalyserArcs.Count)
            {
                continue;
            }
            var energy = AnalyserArcs.FinalEnergies[arc];
            var wavelength = NeutronEnergy.Wavelength(energy);
            var scattered = pixels.Positions[i] - sample;
            var perLength = NeutronEnergy.WaveNumber(wavelength) / scattered.Length;
            arcs[index] = arc;
            finalEnergies[index] = energy;
            kfX[index] = perLength * Vector3d.Dot(scattered, ex);
            kfY[index] = perLength * Vector3d.Dot(scattered, ey);
            kfZ[index] = perLength * Vector3d.Dot(scattered, ez);
            secondary[index] = pixels.L2[i] / NeutronEnergy.Speed(wavelength) * 1e9;
        }
        return new IndirectPixels(arcs, finalEnergies, kfX, kfY, kfZ, secondary, table.Row(pixels.L1));
    }

    /// <summary>Upstream's beam-aligned unit vectors: y against gravity (−y of the NeXus frame's g), z the incident beam without its y part, x = y × z.</summary>
    public static (Vector3d X, Vector3d Y, Vector3d Z) BeamFrame(Vector3d incidentBeam)
    {
        var up = new Vector3d(0, 1, 0);
        var along = incidentBeam - Vector3d.Dot(incidentBeam, up) * up;
        var z = 1 / along.Length * along;
        return (Vector3d.Cross(up, z), up, z);
    }
}
