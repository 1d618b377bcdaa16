using static LiveData.Instruments.Geometry.SyntheticLayout;

namespace LiveData.Instruments.Geometry;

/// <summary>ODIN, the imaging instrument: its Timepix3 camera 0.3 m behind the sample.</summary>
internal static class OdinGeometry
{
    // Not in upstream's files: an assumed moderator–sample distance.
    private const double L1 = 60.0;

    public static SyntheticLayout Layout(Instrument odin) => new(
        SourceAt(L1),
        [Timepix3Geometry.Camera(Bank(odin, "timepix3"), 0.3)],
        [Monitor("monitor1", -10.0), Monitor("monitor2", -1.0)]);
}
