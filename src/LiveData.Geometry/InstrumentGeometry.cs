namespace LiveData.Geometry;

/// <summary>
/// What a NeXus file says about where things are: detectors with their pixels, monitors, the sample (at the origin
/// unless it has a <c>depends_on</c>) and the source (null when the file has no NXsource).
/// </summary>
public sealed class InstrumentGeometry(
    IReadOnlyList<DetectorGeometry> detectors,
    IReadOnlyList<ComponentGeometry> monitors,
    ComponentGeometry sample,
    ComponentGeometry? source)
{
    public IReadOnlyList<DetectorGeometry> Detectors { get; } = detectors;

    public IReadOnlyList<ComponentGeometry> Monitors { get; } = monitors;

    public ComponentGeometry Sample { get; } = sample;

    public ComponentGeometry? Source { get; } = source;

    public DetectorGeometry Detector(string name) =>
        Detectors.FirstOrDefault(d => d.Name == name)
        ?? throw new KeyNotFoundException(
            $"no NXdetector named '{name}'; the file has: {string.Join(", ", Detectors.Select(d => d.Name))}");

    public ComponentGeometry Monitor(string name) =>
        Monitors.FirstOrDefault(m => m.Name == name)
        ?? throw new KeyNotFoundException(
            $"no NXmonitor named '{name}'; the file has: {string.Join(", ", Monitors.Select(m => m.Name))}");

    /// <summary>L1 = |sample − source| in metres.</summary>
    public double L1 => (Sample.Position - RequireSource().Position).Length;

    /// <summary>Positions, L2 and 2θ of every pixel of the detector named <paramref name="detectorName"/>.</summary>
    public DetectorPixels ComputePixels(string detectorName) =>
        DetectorPixels.Compute(Detector(detectorName), Sample.Position, RequireSource().Position);

    /// <summary>Every transformation whose value comes from an NXlog, once each (the moving parts).</summary>
    public IReadOnlyList<Transformation> LoggedTransformations =>
        Detectors.Select(d => d.DependsOn)
            .Concat(Monitors.Select(m => m.DependsOn))
            .Append(Sample.DependsOn)
            .Concat(Source is null ? [] : [Source.DependsOn])
            .SelectMany(c => c.Links)
            .Where(l => l.IsLogged)
            .DistinctBy(l => l.Path)
            .ToList();

    /// <summary>
    /// The geometry with the transformation at <paramref name="transformationPath"/> set to a new value in
    /// <paramref name="units"/> (default: the file's unit), in every chain that contains it.
    /// </summary>
    public InstrumentGeometry WithTransformationValue(string transformationPath, double value, string? units = null)
    {
        var known = Detectors.Any(d => d.DependsOn.Contains(transformationPath))
            || Monitors.Any(m => m.DependsOn.Contains(transformationPath))
            || Sample.DependsOn.Contains(transformationPath)
            || Source?.DependsOn.Contains(transformationPath) == true;
        if (!known)
            throw new KeyNotFoundException($"{transformationPath}: no depends_on chain uses this transformation");
        return new InstrumentGeometry(
            Detectors.Select(d => d.WithValue(transformationPath, value, units)).ToList(),
            Monitors.Select(m => m.WithValue(transformationPath, value, units)).ToList(),
            Sample.WithValue(transformationPath, value, units),
            Source?.WithValue(transformationPath, value, units));
    }

    private ComponentGeometry RequireSource() =>
        Source ?? throw new InvalidOperationException(
            "the geometry has no NXsource: L1 and 2θ need the source position");
}
