namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>
/// How a projection smooths its image (upstream's <c>pixel_noise</c>): replicas of the pixel positions with noise
/// added, taken in turn by successive event batches, so pixels spread over the screen cells their extent covers.
/// </summary>
public abstract record PixelNoise;

/// <summary>Gaussian noise with standard deviation <paramref name="Sigma"/> (metres) along x, y and z.</summary>
public sealed record GaussianNoise(double Sigma) : PixelNoise;

/// <summary>
/// Points spread uniformly over the pixel's cylinder (upstream's <c>'cylindrical'</c>), from the detector's
/// <c>pixel_shape</c>; a geometry without a cylindrical pixel shape gives no noise.
/// </summary>
public sealed record CylindricalNoise : PixelNoise;
