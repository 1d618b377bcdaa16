using LiveData.Core.Data;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// BIFROST's <c>spectrum_view</c>: a time-of-arrival spectrum for every detector element, with the last
/// logical dim (the pixels along a tube) coarsened to <c>spectrum_params.pixels_per_tube</c> groups. The
/// first logical dim stays a dim of its own; the others flatten into <c>detector_number</c>.
/// <see cref="Keeping"/> makes the parameterless kind (ESTIA's): a spectrum per index of the kept logical
/// dims, the other dims summed.
/// </summary>
public sealed record SpectrumView(IReadOnlyList<int> AllowedPixelsPerTube, int DefaultPixelsPerTube)
{
    public const string Output = "spectrum_view";

    /// <summary>The logical dims a parameterless spectrum keeps (each its own dim, in this order); null for the per-tube kind.</summary>
    public IReadOnlyList<string>? KeptDims { get; private init; }

    /// <summary>A spectrum per index of <paramref name="dims"/>, summed over the view's other logical dims; it takes no parameters.</summary>
    public static SpectrumView Keeping(params string[] dims) => new([], 0) { KeptDims = dims };

    public int ReadPixelsPerTube(ParamReader root)
    {
        if (KeptDims is not null)
        {
            return 0;
        }
        var value = root.Object("spectrum_params").Integer("pixels_per_tube", DefaultPixelsPerTube, AllowedPixelsPerTube.Min(), AllowedPixelsPerTube.Max());
        return AllowedPixelsPerTube.Contains(value)
            ? value
            : throw root.Object("spectrum_params").Invalid("pixels_per_tube", $"must be one of {string.Join(", ", AllowedPixelsPerTube)}, got {value}");
    }

    /// <summary>The accumulator for one job: which spectrum row each pixel feeds.</summary>
    public SpectrumAccumulator Accumulator(LogicalView view, int pixelsPerTube, int bins, Variable edges)
    {
        if (KeptDims is not null)
        {
            var kept = new LogicalView(view.Shape, [.. KeptDims.Select(d => (IReadOnlyList<string>)[d])]);
            return new SpectrumAccumulator(kept.ScreenIndexOfPixels(), bins, [.. KeptDims, edges.Dims[0]], [.. kept.ScreenShape, bins], edges);
        }
        var pixelsAlongTube = view.Shape[^1].Value;
        var groupSize = pixelsAlongTube / pixelsPerTube;
        var rowOf = Enumerable.Range(0, view.PixelCount).Select(p => p / pixelsAlongTube * pixelsPerTube + p % pixelsAlongTube / groupSize).ToArray();
        var rows = view.PixelCount / groupSize;
        var first = view.Shape[0];
        return new SpectrumAccumulator(rowOf, bins, [first.Key, "detector_number", edges.Dims[0]], [first.Value, rows / first.Value, bins], edges);
    }
}

/// <summary>Cumulative counts per (spectrum row, time-of-arrival bin); fed from the detector view's event loop.</summary>
public sealed class SpectrumAccumulator(int[] rowOf, int bins, IReadOnlyList<string> dims, IReadOnlyList<long> shape, Variable edges)
{
    private readonly double[] _counts = new double[shape.Aggregate(1L, (n, s) => n * s)];

    public void Add(int pixel, int bin) => _counts[rowOf[pixel] * bins + bin] += 1.0;

    public DataArray Output() =>
        new("Spectrum view", Variable.Doubles(dims, shape, "counts", (double[])_counts.Clone()), [new(dims[^1], edges)]);

    public void Clear() => Array.Clear(_counts);
}
