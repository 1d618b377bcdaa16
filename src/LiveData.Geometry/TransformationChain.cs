namespace LiveData.Geometry;

/// <summary>
/// A resolved <c>depends_on</c> chain: <see cref="Links"/>[0] is the transformation the component's
/// <c>depends_on</c> names, the last one ends the chain ("."). As in NeXus and scippnexus the first link is applied
/// first: position = Tₙ·…·T₂·T₁·v for a point v in the component's own frame.
/// </summary>
public sealed class TransformationChain
{
    public static TransformationChain Empty { get; } = new([]);

    public TransformationChain(IReadOnlyList<Transformation> links) => Links = links;

    public IReadOnlyList<Transformation> Links { get; }

    /// <summary>Whether any link's value comes from an NXlog (the component can move).</summary>
    public bool IsMoving => Links.Any(l => l.IsLogged);

    public AffineTransform Compose()
    {
        var total = AffineTransform.Identity;
        foreach (var link in Links)
            total = link.ToAffine() * total;
        return total;
    }

    /// <summary>The component's origin in the laboratory frame, metres.</summary>
    public Vector3d Origin => Compose().Apply(Vector3d.Zero);

    public bool Contains(string transformationPath) => Links.Any(l => l.Path == transformationPath);

    /// <summary>This chain with the link at <paramref name="transformationPath"/> set to a new value (unchanged
    /// when the chain does not contain it).</summary>
    public TransformationChain WithValue(string transformationPath, double value, string? units = null)
    {
        if (!Contains(transformationPath))
            return this;
        var links = new Transformation[Links.Count];
        for (var i = 0; i < links.Length; i++)
            links[i] = Links[i].Path == transformationPath ? Links[i].WithValue(value, units) : Links[i];
        return new TransformationChain(links);
    }
}
