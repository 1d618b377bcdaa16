using System.Globalization;
using LiveData.Protocol.Rois;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>ROIs as scenarios write them: a polygon as <c>"(10, 10), (60, 10), (10, 60)"</c> in screen pixel indices.</summary>
public static class RoiText
{
    /// <exception cref="FormatException">the text is not a list of at least three (x, y) points.</exception>
    public static PolygonRoi Polygon(string vertices)
    {
        var numbers = vertices.Split([',', '(', ')', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        if (numbers.Length % 2 != 0 || numbers.Length < 6)
        {
            throw new FormatException($"'{vertices}' is not a polygon: write at least three points as (x, y), (x, y), (x, y)");
        }
        return new PolygonRoi([.. Enumerable.Range(0, numbers.Length / 2).Select(i => (numbers[2 * i], numbers[(2 * i) + 1]))]);
    }
}
