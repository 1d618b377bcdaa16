using LiveData.Core.Data;

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
    IReadOnlyDictionary<string, int>? Select = null) : IScreenLayout
{
    /// <summary>A view that shows the logical shape as it is, one screen dim per logical dim.</summary>
    public static LogicalView Identity(params KeyValuePair<string, int>[] shape) => new(shape, [.. shape.Select(d => (IReadOnlyList<string>)[d.Key])]);

    public int PixelCount => Shape.Aggregate(1, (n, d) => n * d.Value);

    public IReadOnlyList<string> ScreenDims => [.. Screen.Select(group => string.Join('/', group))];

    public IReadOnlyList<long> ScreenShape => [.. Screen.Select(group => (long)group.Aggregate(1, (n, dim) => n * SizeOf(dim)))];

    /// <summary>Logical dims are indices only.</summary>
    public IReadOnlyList<KeyValuePair<string, Variable>> ScreenCoords => [];

    /// <summary>
    /// Screen index of every pixel, -1 for pixels the view leaves out. Built once per job: the screen index is linear in
    /// the pixel's logical indices (each logical dim has a screen stride, 0 when summed), so an odometer over the
    /// logical dims steps it along without dividing.
    /// </summary>
    public int[] ScreenIndexOfPixels()
    {
        var sizes = Shape.Select(d => d.Value).ToArray();
        var strides = ScreenStrides();
        var selected = (Select ?? new Dictionary<string, int>()).Select(s => (Dim: DimIndex(s.Key), At: s.Value)).ToArray();
        foreach (var (dim, at) in selected)
        {
            if (at < 0 || at >= sizes[dim])
            {
                // Out of range would leave every pixel unselected: a view that silently never shows a count.
                throw new ArgumentException($"selecting {Shape[dim].Key} = {at}, but {Shape[dim].Key} has {sizes[dim]} entries");
            }
        }
        var map = new int[PixelCount];
        Span<int> index = stackalloc int[sizes.Length];
        var screen = 0;
        for (var pixel = 0; pixel < map.Length; pixel++)
        {
            map[pixel] = Selected(selected, index) ? screen : -1;
            for (var d = sizes.Length - 1; d >= 0; d--)
            {
                screen += strides[d];
                if (++index[d] < sizes[d])
                {
                    break;
                }
                screen -= strides[d] * sizes[d];
                index[d] = 0;
            }
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

    // How far one step along each logical dim moves on the flattened screen: screen groups are row-major, and so are
    // the dims flattened within a group; a dim on no screen dim moves nowhere (it is summed).
    private int[] ScreenStrides()
    {
        var strides = new int[Shape.Count];
        var stride = 1;
        foreach (var dim in Screen.SelectMany(group => group).Reverse())
        {
            strides[DimIndex(dim)] = stride;
            stride *= SizeOf(dim);
        }
        return strides;
    }

    private int DimIndex(string dim)
    {
        for (var d = 0; d < Shape.Count; d++)
        {
            if (Shape[d].Key == dim)
            {
                return d;
            }
        }
        throw new ArgumentException($"'{dim}' is not a logical dim ({string.Join(", ", Shape.Select(d => d.Key))})");
    }

    private int SizeOf(string dim) => Shape[DimIndex(dim)].Value;
}
