namespace LiveData.Workflows.Wavelength;

/// <summary>
/// A source without moderator or chopper modelling: every neutron is emitted at a uniformly random time within the
/// pulse, with a wavelength uniformly distributed over the band, one pulse every period.
/// </summary>
public sealed record IdealSource(double PulsePeriodNs, double PulseLengthNs, double MinWavelength, double MaxWavelength)
{
    /// <summary>The ESS accelerator: 14 Hz, 2.86 ms proton pulse (the neutron pulse is taken to be as long).</summary>
    public const double EssPulsePeriodNs = 1e9 / 14;

    public const double EssPulseLengthNs = 2.86e6;

    /// <summary>
    /// The ESS source seen through an ideal band chopper that passes 0 Å up to the longest wavelength that still
    /// reaches <paramref name="farthestDistanceM"/> within its frame, so frames never overlap at any distance.
    /// </summary>
    public static IdealSource Ess(double farthestDistanceM) =>
        new(EssPulsePeriodNs, EssPulseLengthNs, 0.0,
            NeutronWavelength.FromTimeOfFlight((EssPulsePeriodNs - EssPulseLengthNs) * 1e-9, farthestDistanceM));

    /// <summary>The ESS source seen through an ideal band chopper that passes <paramref name="shortest"/> to <paramref name="longest"/> Å.</summary>
    public static IdealSource EssBand(double shortest, double longest) =>
        longest > shortest && shortest >= 0
            ? new(EssPulsePeriodNs, EssPulseLengthNs, shortest, longest)
            : throw new ArgumentException($"a band needs 0 <= shortest < longest, got {shortest} to {longest} Å");
}
