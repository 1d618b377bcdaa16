namespace LiveData.Workflows.Wavelength;

/// <summary>
/// Where one flight path falls between two distance rows of a <see cref="WavelengthLookupTable"/>: the first row's
/// offset in the table's values and the weight of the next row. Computed once per pixel or monitor, so the
/// per-event work is the interpolation along event_time_offset only.
/// </summary>
public readonly record struct DistanceRow(int Offset, double Weight)
{
    /// <summary>A flight path outside the table: every wavelength is NaN, as upstream's interpolator fills.</summary>
    public static readonly DistanceRow Outside = new(-1, 0);

    public bool IsOutside => Offset < 0;
}
