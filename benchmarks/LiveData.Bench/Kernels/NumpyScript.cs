namespace LiveData.Bench.Kernels;

/// <summary>
/// The numpy side of the comparison, run by Debian's python3: loads the events file, then times the vectorised
/// expression that turns the raw pixel ids and times of arrival into the same histogram as ours (the
/// filtering, binning and counting; not the file load), best of several repeats.
/// Arguments: events file, kind, bins, first pixel id, pixel count, time-of-arrival stop (ns), repeats.
/// Prints the best rate (events/s) and the number of events counted.
/// </summary>
internal static class NumpyScript
{
    public const string Source = """
        import sys, time
        import numpy as np

        path, kind = sys.argv[1], sys.argv[2]
        bins, first, pixels, stop, repeats = (int(a) for a in sys.argv[3:8])
        data = np.fromfile(path, dtype=np.int32)
        n = data.size // 2
        pixel, toa = data[:n], data[n:]
        if kind == "toa":
            # numpy's fastest expression for a fixed-width 1-D histogram: bincount of computed bins, not np.histogram's
            # general path (several times slower).
            def call():
                inside = (toa >= 0) & (toa < stop)
                return np.bincount(np.minimum((toa[inside] * (bins / stop)).astype(np.intp), bins - 1), minlength=bins)
        elif kind == "pixel_toa":
            def call():
                inside = (toa >= 0) & (toa < stop) & (pixel >= first) & (pixel < first + pixels)
                b = np.minimum((toa[inside] * (bins / stop)).astype(np.intp), bins - 1)
                return np.bincount((pixel[inside] - first).astype(np.intp) * bins + b, minlength=pixels * bins)
        elif kind == "image":
            def call():
                inside = (toa >= 0) & (toa < stop) & (pixel >= first) & (pixel < first + pixels)
                return np.bincount(pixel[inside] - first, minlength=pixels)
        else:
            sys.exit("unknown kind " + kind)
        best = float("inf")
        for _ in range(repeats):
            start = time.perf_counter()
            counts = call()
            best = min(best, time.perf_counter() - start)
        print(n / best, int(counts.sum()))
        """;
}
