using LiveData.Geometry;

namespace LiveData.Tests.Geometry;

/// <summary>Component-wise checks of positions computed by hand.</summary>
internal static class VectorAssertions
{
    public static void ShouldBeAt(this Vector3d actual, double x, double y, double z, double tolerance)
    {
        actual.X.Should().BeApproximately(x, tolerance);
        actual.Y.Should().BeApproximately(y, tolerance);
        actual.Z.Should().BeApproximately(z, tolerance);
    }
}
