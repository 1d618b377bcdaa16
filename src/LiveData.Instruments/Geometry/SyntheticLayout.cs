using LiveData.Core.Beamline;
using LiveData.Geometry;
using LiveData.Geometry.Nexus;

namespace LiveData.Instruments.Geometry;

/// <summary>One instrument's synthetic placement: where the source is (the sample is at the origin), its banks and
/// its monitors.</summary>
internal sealed record SyntheticLayout(Vector3d Source, IReadOnlyList<SyntheticBank> Banks, IReadOnlyList<ComponentContent> Monitors)
{
    public static readonly Vector3d AxisX = new(1, 0, 0);
    public static readonly Vector3d AxisY = new(0, 1, 0);
    public static readonly Vector3d AxisZ = new(0, 0, 1);

    /// <summary>A source on the beam axis <paramref name="l1"/> metres upstream of the sample.</summary>
    public static Vector3d SourceAt(double l1) => new(0, 0, -l1);

    /// <summary>A monitor on the beam axis at <paramref name="z"/> metres (negative: upstream of the sample).</summary>
    public static ComponentContent Monitor(string name, double z) =>
        new(name, [TransformationStep.Translation("position", new Vector3d(0, 0, z))]);

    public static TransformationStep Along(double z) => TransformationStep.Translation("distance", new Vector3d(0, 0, z));

    public static DetectorBank Bank(Instrument instrument, string name) =>
        instrument.Detectors.FirstOrDefault(d => d.Name == name)
        ?? throw new InvalidOperationException($"{instrument.Name} has no detector bank '{name}'");

    public static int Pixels(DetectorBank bank) => bank.LastDetectorNumber - bank.FirstDetectorNumber + 1;
}
