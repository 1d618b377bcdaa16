namespace LiveData.Bench.Kernels;

/// <summary>
/// A numpy histogram over the events file: <c>histogram</c> (1-D, <paramref name="Bins"/> bins over
/// [0, stop)), <c>pixel_toa</c> (bincount of pixel * bins + bin) or <c>image</c> (bincount of pixels whose
/// time of arrival lies in [0, stop)), each from the raw pixel ids and times of arrival, like ours.
/// </summary>
internal sealed record NumpyCall(string Kind, int Bins)
{
    public string Label => Kind == "histogram" ? "numpy histogram" : "numpy bincount";
}
