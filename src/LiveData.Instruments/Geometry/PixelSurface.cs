using LiveData.Geometry;

namespace LiveData.Instruments.Geometry;

/// <summary>The shape a bank's grid is laid on, in the detector's own frame (metres); the chain places the frame.</summary>
internal abstract record PixelSurface
{
    /// <summary>The offset of the centre of <paramref name="cell"/>.</summary>
    public abstract Vector3d Offset(GridCell cell, PixelGrid grid);

    protected static double Centre(int index, int count) => (index + 0.5) / count - 0.5;
}

/// <summary>A flat panel centred on the frame's origin: columns along x, rows along y, layers along z.</summary>
internal sealed record FlatPanel(double Width, double Height, double LayerPitch = 0) : PixelSurface
{
    public override Vector3d Offset(GridCell cell, PixelGrid grid) => new(
        Width * Centre(cell.Column, grid.Columns),
        Height * Centre(cell.Row, grid.Rows),
        LayerPitch * cell.Layer);
}

/// <summary>
/// Part of a cylinder about the frame's y axis: columns over the angle from <paramref name="StartDegrees"/> to
/// <paramref name="EndDegrees"/> (from +z towards +x), rows along the axis over <paramref name="Length"/>, layers
/// outwards from <paramref name="Radius"/> by <paramref name="LayerPitch"/>.
/// </summary>
internal sealed record CylinderArc(double Radius, double StartDegrees, double EndDegrees, double Length, double LayerPitch = 0)
    : PixelSurface
{
    public override Vector3d Offset(GridCell cell, PixelGrid grid)
    {
        var fraction = (cell.Column + 0.5) / grid.Columns;
        var angle = (StartDegrees + fraction * (EndDegrees - StartDegrees)) * Math.PI / 180;
        var radius = Radius + LayerPitch * cell.Layer;
        return new Vector3d(radius * Math.Sin(angle), Length * Centre(cell.Row, grid.Rows), radius * Math.Cos(angle));
    }
}
