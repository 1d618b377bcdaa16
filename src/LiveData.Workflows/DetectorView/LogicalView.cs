namespace LiveData.Workflows.DetectorView;

/// <summary>
/// How a detector's pixels fold onto a screen. Pixel i (detector_number − first) is taken row-major
/// over <see cref="Shape"/>; each screen dim is one logical dim or several flattened in order (named like
/// <c>arc/tube</c>); logical dims on no screen dim are summed; <see cref="Select"/> keeps only pixels
/// at the given index of a dim (e.g. one layer).
/// </summary>
public sealed record LogicalView(
    IReadOnlyList<KeyValuePair<string, int>> Shape,
    IReadOnlyList<IReadOnlyList<string>> Screen,
    IReadOnlyDictionary<string, int>? Select = null)
{
    /// <summary>A view that shows the logical shape as it is, one screen dim per logical dim.</summary>
    public static LogicalView Identity(params KeyValuePair<string, int>[] shape) => new(shape, [.. shape.Select(d => (IReadOnlyList<string>)[d.Key])]);

    public int PixelCount => Shape.Aggregate(1, (n, d) => n * d.Value);

    public IReadOnlyList<string> ScreenDims => [.. Screen.Select(group => string.Join('/', group))];

    public IReadOnlyList<long> ScreenShape => [.. Screen.Select(group => (long)group.Aggregate(1, (n, dim) => n * SizeOf(dim)))];

    public int ScreenSize => (int)ScreenShape.Aggregate(1L, (n, s) => n * s);

    /// <summary>Screen index of every pixel, -1 for pixels the view leaves out. Built once per job.</summary>
    public int[] ScreenIndexOfPixels()
    {
        var dims = Shape.Select(d => d.Key).ToList();
        var sizes = Shape.Select(d => d.Value).ToArray();
        var selected = (Select ?? new Dictionary<string, int>()).Select(s => (Dim: dims.IndexOf(s.Key), At: s.Value)).ToArray();
        var map = new int[PixelCount];
        Span<int> index = stackalloc int[sizes.Length];
        for (var pixel = 0; pixel < map.Length; pixel++)
        {
            var rest = pixel;
            for (var d = sizes.Length - 1; d >= 0; d--)
            {
                index[d] = rest % sizes[d];
                rest /= sizes[d];
            }
            map[pixel] = Selected(selected, index) ? ScreenIndex(dims, sizes, index) : -1;
        }
        return map;
    }

    private static bool Selected((int Dim, int At)[] selected, ReadOnlySpan<int> index)
    {
        foreach (var (dim, at) in selected)
        {
            if (index[dim] != at)
            {
                return false;
            }
        }
        return true;
    }

    private int ScreenIndex(List<string> dims, int[] sizes, ReadOnlySpan<int> index)
    {
        var screen = 0;
        foreach (var group in Screen)
        {
            foreach (var dim in group)
            {
                var d = dims.IndexOf(dim);
                screen = screen * sizes[d] + index[d];
            }
        }
        return screen;
    }

    private int SizeOf(string dim) =>
        Shape.FirstOrDefault(d => d.Key == dim) is { Key: not null } found
            ? found.Value
            : throw new ArgumentException($"screen dim '{dim}' is not a logical dim ({string.Join(", ", Shape.Select(d => d.Key))})");
}
