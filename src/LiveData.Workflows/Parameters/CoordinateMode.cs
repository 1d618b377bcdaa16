namespace LiveData.Workflows.Parameters;

/// <summary>Upstream's <c>coordinate_mode.mode</c>: what the events are histogrammed by.</summary>
public enum CoordinateMode
{
    /// <summary>'toa': the event_time_offset as recorded.</summary>
    TimeOfArrival,

    /// <summary>'wavelength': λ from the event_time_offset and the flight path, through the lookup table.</summary>
    Wavelength,
}

public static class CoordinateModes
{
    public const string TimeOfArrival = "toa";
    public const string Wavelength = "wavelength";

    public static CoordinateMode Read(ParamReader coordinateMode) =>
        coordinateMode.Choice("mode", TimeOfArrival, [TimeOfArrival, Wavelength]) == Wavelength
            ? CoordinateMode.Wavelength
            : CoordinateMode.TimeOfArrival;

    public static string Name(CoordinateMode mode) => mode == CoordinateMode.Wavelength ? Wavelength : TimeOfArrival;
}
