namespace LiveData.Workflows.Spectroscopy;

/// <summary>What a Q-map axis measures of an event.</summary>
public enum CutQuantity
{
    /// <summary>|Q⃗| in the sample frame (1/Å).</summary>
    QLength,

    /// <summary>ΔE = E_i − E_f (meV).</summary>
    EnergyTransfer,

    /// <summary>v̂ · Q⃗ in the sample frame (1/Å), v̂ the axis' unit vector.</summary>
    QProjection,
}

/// <summary>
/// Upstream's <c>CutAxis</c>: the output dim, what it measures and its bin edges, both in the unit the parameters gave
/// (the coordinate) and in the unit the reduction computes in (1/Å or meV) for binning.
/// </summary>
public sealed record CutAxis(string Dim, CutQuantity Quantity, double[] Edges, string Unit, double[] EdgesInBaseUnit, double DirectionX = 0, double DirectionY = 0, double DirectionZ = 0)
{
    public static CutAxis Length(string dim, double[] edges, string unit) =>
        new(dim, CutQuantity.QLength, edges, unit, Scaled(edges, SpectroscopyUnits.Q[unit]));

    public static CutAxis EnergyTransfer(string dim, double[] edges, string unit) =>
        new(dim, CutQuantity.EnergyTransfer, edges, unit, Scaled(edges, SpectroscopyUnits.Energy[unit]));

    /// <summary>The projection on (x, y, z), normalised as upstream's <c>CutAxis.from_q_vector</c>; a zero vector gives NaN, which bins nothing.</summary>
    public static CutAxis Projection(string dim, double x, double y, double z, double[] edges, string unit)
    {
        var length = Math.Sqrt(x * x + y * y + z * z);
        return new(dim, CutQuantity.QProjection, edges, unit, Scaled(edges, SpectroscopyUnits.Q[unit]), x / length, y / length, z / length);
    }

    /// <summary>The axis' value for an event with energy transfer <paramref name="energyTransfer"/> and sample-frame Q⃗.</summary>
    public double ValueOf(double energyTransfer, double qx, double qy, double qz) => Quantity switch
    {
        CutQuantity.QLength => Math.Sqrt(qx * qx + qy * qy + qz * qz),
        CutQuantity.EnergyTransfer => energyTransfer,
        _ => DirectionX * qx + DirectionY * qy + DirectionZ * qz,
    };

    private static double[] Scaled(double[] edges, double size) => Array.ConvertAll(edges, e => e * size);
}
