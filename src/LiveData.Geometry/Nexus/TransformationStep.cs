namespace LiveData.Geometry.Nexus;

/// <summary>
/// One link of a depends_on chain as it is written: a named transformation in the component's NXtransformations
/// group. Chains list their steps in the order they are applied (first step first), as NeXus does.
/// </summary>
/// <param name="Name">The dataset's (or NXlog's) name in the NXtransformations group.</param>
/// <param name="Vector">The direction; a rotation turns by value·|vector|, a translation moves by value·vector.</param>
/// <param name="LoggedValues">When set, the step is a moving part: an NXlog whose <c>value</c> holds these values, one
/// per second; its first value is <paramref name="Value"/>.</param>
public sealed record TransformationStep(
    string Name,
    TransformationType Type,
    double Value,
    string Units,
    Vector3d Vector,
    IReadOnlyList<double>? LoggedValues = null)
{
    public static TransformationStep Translation(string name, Vector3d displacementMetres)
    {
        var length = displacementMetres.Length;
        return length == 0
            ? new TransformationStep(name, TransformationType.Translation, 0, "m", new Vector3d(0, 0, 1))
            : new TransformationStep(name, TransformationType.Translation, length, "m", (1 / length) * displacementMetres);
    }

    public static TransformationStep Rotation(string name, Vector3d axis, double degrees) =>
        new(name, TransformationType.Rotation, degrees, "deg", axis);

    /// <summary>A transformation whose value an NXlog records; the first logged value is the current one.</summary>
    public static TransformationStep Logged(string name, TransformationType type, string units, Vector3d vector,
        IReadOnlyList<double> values) =>
        values.Count == 0
            ? throw new ArgumentException($"{name}: a logged transformation needs at least one value", nameof(values))
            : new TransformationStep(name, type, values[0], units, vector, values);
}
