using LiveData.Core.Beamline;
using LiveData.Workflows.DetectorView;

namespace LiveData.Instruments;

/// <summary>A square Timepix3 camera read out as events (ODIN, TBL): its bank and the downsampled image upstream shows of it.</summary>
internal static class Timepix3Panel
{
    /// <summary>A panel of <paramref name="side"/>² pixels numbered from 1, with the geometry file's generic dims dim_0, dim_1.</summary>
    public static DetectorBank Bank(string name, int side) => new(name, 1, side * side, [new("dim_0", side), new("dim_1", side)]);

    /// <summary>
    /// A panel of <paramref name="panelSide"/>² pixels shown as an <paramref name="imageSide"/>² image (x, y), as upstream's
    /// fold_image: dim_0 becomes x and dim_1 y, each folded into (x, x_bin) and (y, y_bin), the bins summed. The fold is
    /// row-major, so pixel (dim_0, dim_1) lands on image pixel (dim_0 / bin, dim_1 / bin).
    /// </summary>
    public static LogicalView DownsampledImage(int panelSide, int imageSide)
    {
        if (panelSide % imageSide != 0)
        {
            throw new ArgumentException($"a side of {panelSide} pixels does not fold into {imageSide} image pixels");
        }
        var bin = panelSide / imageSide;
        return new LogicalView([new("x", imageSide), new("x_bin", bin), new("y", imageSide), new("y_bin", bin)], [["x"], ["y"]]);
    }
}
