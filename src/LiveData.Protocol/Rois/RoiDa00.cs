using LiveData.Core.Identity;
using LiveData.Wire;
using LiveData.Wire.Da00;

namespace LiveData.Protocol.Rois;

/// <summary>
/// ROIs on <c>{instrument}_livedata_roi</c> as upstream's dashboard sends them: one da00 per job and
/// geometry, source name <c>&lt;source&gt;/&lt;job_number&gt;/roi_rectangle|roi_polygon</c>, timestamp 0,
/// all ROIs of that geometry concatenated along <c>bounds</c> (2 rows per rectangle: min, max) or
/// <c>vertex</c>, coordinates <c>x</c>, <c>y</c> and <c>roi_index</c>. No rows clears that geometry.
/// </summary>
public static class RoiDa00
{
    public const string RectangleSuffix = "roi_rectangle";
    public const string PolygonSuffix = "roi_polygon";

    public static string SourceName(JobId job, RoiGeometry geometry) =>
        $"{job.SourceName}/{job.JobNumber}/{(geometry == RoiGeometry.Rectangle ? RectangleSuffix : PolygonSuffix)}";

    public static byte[] Encode(JobId job, RoiGeometry geometry, IReadOnlyDictionary<int, Roi> rois)
    {
        var rows = rois.OrderBy(r => r.Key).SelectMany(r => Rows(r.Key, r.Value, geometry)).ToList();
        var dim = geometry == RoiGeometry.Rectangle ? "bounds" : "vertex";
        long[] shape = [rows.Count];
        // One message's ROIs are drawn on one image, so they share its units.
        var units = rois.Values.FirstOrDefault();
        return Da00Codec.Encode(new Da00DataArray(SourceName(job, geometry), 0,
        [
            Da00Variable.Int32s("signal", null, [dim], shape, Enumerable.Repeat(1, rows.Count).ToArray()),
            Da00Variable.Doubles("x", units?.XUnit, [dim], shape, rows.Select(r => r.X).ToArray()),
            Da00Variable.Doubles("y", units?.YUnit, [dim], shape, rows.Select(r => r.Y).ToArray()),
            Da00Variable.Int32s("roi_index", null, [dim], shape, rows.Select(r => r.Index).ToArray()),
        ]));
    }

    /// <summary>Reads the ROIs of one message by index.</summary>
    /// <exception cref="WireFormatException">the message is not an ROI set.</exception>
    public static IReadOnlyDictionary<int, Roi> Decode(Da00DataArray message)
    {
        try
        {
            return Read(message);
        }
        catch (Exception e) when (e is InvalidOperationException or OverflowException)
        {
            throw new WireFormatException($"ROI '{message.SourceName}' is unreadable: {e.Message}");
        }
    }

    private static IReadOnlyDictionary<int, Roi> Read(Da00DataArray message)
    {
        var geometry = message.SourceName.EndsWith(RectangleSuffix, StringComparison.Ordinal) ? RoiGeometry.Rectangle
            : message.SourceName.EndsWith(PolygonSuffix, StringComparison.Ordinal) ? RoiGeometry.Polygon
            : throw new WireFormatException($"'{message.SourceName}' is not an ROI source name");
        var xVariable = Required(message, "x");
        var yVariable = Required(message, "y");
        var (x, y) = (xVariable.ToDoubles(), yVariable.ToDoubles());
        var index = Required(message, "roi_index").ToInt64s();
        if (x.Length != y.Length || x.Length != index.Length)
        {
            throw new WireFormatException($"ROI '{message.SourceName}': x, y and roi_index differ in length");
        }
        var groups = Enumerable.Range(0, x.Length).GroupBy(i => (int)index[i]);
        return groups.ToDictionary(g => g.Key, g => (geometry == RoiGeometry.Rectangle ? Rectangle(message, g.ToList(), x, y) : Polygon(message, g.ToList(), x, y))
            with { XUnit = xVariable.Unit, YUnit = yVariable.Unit });
    }

    private static Roi Rectangle(Da00DataArray message, List<int> rows, double[] x, double[] y) =>
        rows.Count == 2
            ? new RectangleRoi(x[rows[0]], x[rows[1]], y[rows[0]], y[rows[1]])
            : throw new WireFormatException($"ROI '{message.SourceName}': a rectangle needs 2 bounds rows, got {rows.Count}");

    private static Roi Polygon(Da00DataArray message, List<int> rows, double[] x, double[] y) =>
        rows.Count >= 3
            ? new PolygonRoi([.. rows.Select(r => (x[r], y[r]))])
            : throw new WireFormatException($"ROI '{message.SourceName}': a polygon needs at least 3 vertices, got {rows.Count}");

    private static Da00Variable Required(Da00DataArray message, string name) =>
        message.Find(name) ?? throw new WireFormatException($"ROI '{message.SourceName}' has no '{name}' variable");

    private static IEnumerable<(double X, double Y, int Index)> Rows(int index, Roi roi, RoiGeometry geometry) => (roi, geometry) switch
    {
        (RectangleRoi r, RoiGeometry.Rectangle) => [(r.XMin, r.YMin, index), (r.XMax, r.YMax, index)],
        (PolygonRoi p, RoiGeometry.Polygon) when p.Vertices.Count >= 3 => p.Vertices.Select(v => (v.X, v.Y, index)),
        _ => throw new ArgumentException($"ROI {index} ({roi.GetType().Name}) does not fit geometry {geometry}"),
    };
}
