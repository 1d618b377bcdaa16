namespace LiveData.Core.Beamline;

/// <summary>
/// A motorised device whose EPICS readback (RBV), setpoint (VAL) and done-moving flag (DMOV) arrive as separate
/// f144 logs and are shown as one timeseries: the readback with the setpoint and idle flag beside it.
/// </summary>
public sealed record LogDevice(string Name, string Unit, string Value, string? Target, string? Idle)
{
    public IEnumerable<string> Substreams => new[] { Value, Target, Idle }.OfType<string>();
}
