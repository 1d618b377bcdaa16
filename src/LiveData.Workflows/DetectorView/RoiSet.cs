using LiveData.Core.Data;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// The ROIs applied to one detector view, with the screen pixels each covers and, per screen pixel, the ROIs
/// (rows) it belongs to (ROIs may overlap). Rectangles come first in the spectra (then polygons), each group
/// ordered by ROI index, as upstream's <c>roi</c> coordinate is. An ROI axis with a unit is read in the screen's
/// bin-centre coordinate along it (<paramref name="yCentres"/>, <paramref name="xCentres"/>; the dashboard draws on
/// the image's coordinates, so the units are the same), as upstream slices by label; without a unit, or where the
/// screen has no coordinate, in pixel indices.
/// </summary>
public sealed class RoiSet(int height, int width, Variable? yCentres = null, Variable? xCentres = null)
{
    private static readonly Dictionary<string, double> UnitsPerMetre = new(StringComparer.Ordinal) { ["m"] = 1, ["cm"] = 100, ["mm"] = 1000 };
    private readonly double[]? _yCentres = yCentres?.ToDoubles();
    private readonly double[]? _xCentres = xCentres?.ToDoubles();

    private SortedDictionary<int, ScreenRegion> _rectangles = [];
    private SortedDictionary<int, ScreenRegion> _polygons = [];
    private List<(int Index, int[] Pixels)> _members = [];

    // The rows of screen pixel p are _rows[_rowStart[p] .. _rowStart[p + 1]]; both empty while no ROI is applied.
    private int[] _rowStart = [];
    private int[] _rows = [];

    /// <summary>The applied ROIs in row order: their index and the screen pixels they cover.</summary>
    public IReadOnlyList<(int Index, int[] Pixels)> Members => _members;

    /// <summary>The rows (positions in <see cref="Members"/>) of the ROIs that cover screen pixel <paramref name="pixel"/>.</summary>
    public ReadOnlySpan<int> RowsOf(int pixel) =>
        _rowStart.Length == 0 ? [] : _rows.AsSpan(_rowStart[pixel], _rowStart[pixel + 1] - _rowStart[pixel]);

    public void Replace(RoiStreamData rois)
    {
        var regions = new SortedDictionary<int, ScreenRegion>(rois.Regions.ToDictionary());
        if (rois.Rectangles)
        {
            _rectangles = regions;
        }
        else
        {
            _polygons = regions;
        }
        _members = [.. _rectangles.Concat(_polygons).Select(r => (r.Key, PixelsOf(r.Value)))];
        (_rowStart, _rows) = Rows(_members, height * width);
    }

    public Variable RoiCoord() => Variable.Int64s(["roi"], [_members.Count], null, [.. _members.Select(m => (long)m.Index)]);

    /// <summary>The applied rectangles as upstream echoes them: 2 rows (min, max) per ROI along <c>bounds</c>.</summary>
    public DataArray RectangleReadback() =>
        Readback("ROI rectangles", "bounds", _rectangles.Values, [.. _rectangles.SelectMany(r => r.Value is RectangleRegion b
            ? new[] { (b.XMin, b.YMin, r.Key), (b.XMax, b.YMax, r.Key) }
            : [])]);

    /// <summary>The applied polygons: their vertices along <c>vertex</c>.</summary>
    public DataArray PolygonReadback() =>
        Readback("ROI polygons", "vertex", _polygons.Values, [.. _polygons.SelectMany(p => p.Value is PolygonRegion polygon
            ? polygon.Vertices.Select(v => (v.X, v.Y, p.Key))
            : [])]);

    // Echoed with the units they came with (one message's ROIs share them).
    private static DataArray Readback(string title, string dim, IEnumerable<ScreenRegion> regions, List<(double X, double Y, int Index)> rows) =>
        new(title, Variable.Int64s([dim], [rows.Count], null, [.. rows.Select(_ => 1L)]),
        [
            new("x", Variable.Doubles([dim], [rows.Count], regions.FirstOrDefault()?.XUnit, [.. rows.Select(r => r.X)])),
            new("y", Variable.Doubles([dim], [rows.Count], regions.FirstOrDefault()?.YUnit, [.. rows.Select(r => r.Y)])),
            new("roi_index", Variable.Int64s([dim], [rows.Count], null, [.. rows.Select(r => (long)r.Index)])),
        ]);

    // Counting sort of (pixel, row) pairs by pixel: how many rows each pixel has, then where its rows start.
    private static (int[] Start, int[] Rows) Rows(List<(int Index, int[] Pixels)> members, int pixels)
    {
        if (members.Count == 0)
        {
            return ([], []);
        }
        var start = new int[pixels + 1];
        foreach (var (_, covered) in members)
        {
            foreach (var pixel in covered)
            {
                start[pixel + 1]++;
            }
        }
        for (var p = 0; p < pixels; p++)
        {
            start[p + 1] += start[p];
        }
        var rows = new int[start[pixels]];
        var next = start[..pixels];
        for (var r = 0; r < members.Count; r++)
        {
            foreach (var pixel in members[r].Pixels)
            {
                rows[next[pixel]++] = r;
            }
        }
        return (start, rows);
    }

    private int[] PixelsOf(ScreenRegion region)
    {
        var ys = Points(region.YUnit, _yCentres, height);
        var xs = Points(region.XUnit, _xCentres, width);
        return region switch
        {
            RectangleRegion r => [.. Slice(r.YMin, r.YMax, ys).SelectMany(y => Slice(r.XMin, r.XMax, xs).Select(x => y * width + x))],
            PolygonRegion p => [.. Enumerable.Range(0, height * width).Where(i => Contains(p.Vertices, xs[i % width], ys[i / width]))],
            _ => [],
        };
    }

    // Where each index of an axis lies in the ROI's terms: its bin centre (in m) in the ROI's length unit when the ROI has
    // a unit and the axis a coordinate, else the index. A unit that is no length selects nothing, as no centre is in it.
    private static double[] Points(string? unit, double[]? centres, int size) =>
        (unit, centres) switch
        {
            (null, _) or (_, null) => [.. Enumerable.Range(0, size).Select(i => (double)i)],
            _ when UnitsPerMetre.TryGetValue(unit, out var scale) => [.. centres.Select(c => c * scale)],
            _ => [.. centres.Select(_ => double.NaN)],
        };


    // The indices whose point is in [min, max); for index points, a half-open slice of the axis clipped to it.
    private static IEnumerable<int> Slice(double min, double max, double[] points) =>
        Enumerable.Range(0, points.Length).Where(i => points[i] >= min && points[i] < max);

    // Even-odd ray casting.
    private static bool Contains(IReadOnlyList<(double X, double Y)> vertices, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = vertices.Count - 1; i < vertices.Count; j = i++)
        {
            var (xi, yi) = vertices[i];
            var (xj, yj) = vertices[j];
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            {
                inside = !inside;
            }
        }
        return inside;
    }
}
