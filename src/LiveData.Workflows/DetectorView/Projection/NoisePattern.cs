using LiveData.Geometry;

namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>
/// The short list of noise vectors (essreduce's 107, a prime so the pattern does not line up with detector
/// structure) that is laid over the replicated pixels. The seed is fixed so every job of a bank draws the same image.
/// </summary>
internal static class NoisePattern
{
    public const int Length = 107;
    private const int Seed = 1234;

    /// <summary>Normal deviates with standard deviation <paramref name="sigma"/> in each component (Box–Muller).</summary>
    public static Vector3d[] Gaussian(double sigma)
    {
        var random = new Random(Seed);
        double Normal() => sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return [.. Enumerable.Range(0, Length).Select(_ => new Vector3d(Normal(), Normal(), Normal()))];
    }

    /// <summary>
    /// Points uniform in a cylinder centred on the pixel position: along the axis anywhere within ± half its length,
    /// across it uniform over the disc (the radius drawn as the square root of a uniform r², so area is even).
    /// </summary>
    public static Vector3d[] Cylindrical(Vector3d axis, Vector3d radius)
    {
        var random = new Random(Seed);
        var along = (1 / axis.Length) * axis;
        var across = (1 / radius.Length) * radius;
        var third = Vector3d.Cross(along, across);
        var r = radius.Length;
        return [.. Enumerable.Range(0, Length).Select(_ =>
        {
            var dz = random.NextDouble() - 0.5;
            var phi = 2 * Math.PI * random.NextDouble();
            var dr = Math.Sqrt(random.NextDouble() * r * r);
            return dz * axis + dr * Math.Cos(phi) * across + dr * Math.Sin(phi) * third;
        })];
    }
}
