namespace LiveData.Bench.Kernels;

/// <summary>
/// A numpy histogram over the events file, each a bincount of indices computed from the raw pixel ids and times of
/// arrival, like ours: <c>toa</c> (1-D, <paramref name="Bins"/> bins over [0, stop)), <c>pixel_toa</c> (pixel * bins + bin)
/// or <c>image</c> (pixels whose time of arrival lies in [0, stop)).
/// </summary>
internal sealed record NumpyCall(string Kind, int Bins)
{
    public string Label => "numpy bincount";
}
