using LiveData.Core.Beamline;

namespace LiveData.Instruments.Logs;

/// <summary>
/// Finds motorised devices among f144 logs by the EPICS motor-record suffix of their PV (<c>.RBV</c> readback,
/// <c>.VAL</c> setpoint, <c>.DMOV</c> done-moving), which is stable across the facility while NeXus child names
/// are not. Logs under one NeXus group form a device when a readback and a setpoint or done flag are there.
/// </summary>
public static class DeviceDetection
{
    private enum Role
    {
        Value,
        Target,
        Idle,
    }

    /// <returns>Each device keyed by its NeXus group path, with its substreams given as NeXus paths.</returns>
    /// <exception cref="ArgumentException">Two logs of one group have the same role, or readback and setpoint units differ.</exception>
    public static IReadOnlyDictionary<string, LogDevice> Detect(IEnumerable<ParsedF144Stream> streams)
    {
        var byGroup = new Dictionary<string, Dictionary<Role, ParsedF144Stream>>();
        foreach (var stream in streams)
        {
            if (RoleOf(stream.Source) is not { } role)
            {
                continue;
            }
            var roles = byGroup.TryGetValue(stream.ParentPath, out var known) ? known : byGroup[stream.ParentPath] = [];
            if (roles.TryGetValue(role, out var other))
            {
                throw new ArgumentException($"Device at '{stream.ParentPath}': '{other.NexusPath}' and '{stream.NexusPath}' both have the {role} role; one expected");
            }
            roles[role] = stream;
        }
        var devices = new Dictionary<string, LogDevice>();
        foreach (var (group, roles) in byGroup)
        {
            if (!roles.TryGetValue(Role.Value, out var readback) || !(roles.ContainsKey(Role.Target) || roles.ContainsKey(Role.Idle)))
            {
                continue;
            }
            var setpoint = roles.GetValueOrDefault(Role.Target);
            if (setpoint is not null && setpoint.Unit != readback.Unit)
            {
                throw new ArgumentException($"Device at '{group}': readback unit '{readback.Unit}' differs from setpoint unit '{setpoint.Unit}'");
            }
            devices[group] = new LogDevice(group, readback.Unit, readback.NexusPath, setpoint?.NexusPath, roles.GetValueOrDefault(Role.Idle)?.NexusPath);
        }
        return devices;
    }

    private static Role? RoleOf(string source) =>
        source.EndsWith(".RBV", StringComparison.Ordinal) ? Role.Value
        : source.EndsWith(".VAL", StringComparison.Ordinal) ? Role.Target
        : source.EndsWith(".DMOV", StringComparison.Ordinal) ? Role.Idle
        : null;
}
