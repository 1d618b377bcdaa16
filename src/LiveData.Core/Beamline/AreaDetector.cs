namespace LiveData.Core.Beamline;

/// <summary>A detector that sends ad00 images of <see cref="Height"/> × <see cref="Width"/> pixels (dims <c>dim_0</c>, <c>dim_1</c>).</summary>
public sealed record AreaDetector(string Name, int Height, int Width);
