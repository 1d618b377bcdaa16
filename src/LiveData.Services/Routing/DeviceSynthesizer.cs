using LiveData.Core.Beamline;

namespace LiveData.Services.Routing;

/// <summary>
/// Merges the readback, setpoint and done-moving logs of each device into one device sample, as upstream's
/// DeviceSynthesizer does: substream samples never pass on by themselves; every substream sample emits a device
/// sample once each of the device's substreams has been seen, stamped with the latest of their times.
/// </summary>
public sealed class DeviceSynthesizer
{
    private readonly Dictionary<string, (DeviceState State, Role Role)> _bySubstream = [];

    public DeviceSynthesizer(IEnumerable<LogDevice> devices)
    {
        foreach (var device in devices)
        {
            var state = new DeviceState(device);
            Register(state, device.Value, Role.Value);
            if (device.Target is { } target)
            {
                Register(state, target, Role.Target);
            }
            if (device.Idle is { } idle)
            {
                Register(state, idle, Role.Idle);
            }
        }
    }

    private enum Role
    {
        Value,
        Target,
        Idle,
    }

    /// <returns>The message itself unless it is a device substream; then the device's sample, or null while the device is still incomplete.</returns>
    public StreamMessage? Merge(StreamMessage message)
    {
        if (message is not LogMessage log || !_bySubstream.TryGetValue(log.Stream, out var owner))
        {
            return message;
        }
        return owner.State.Push(owner.Role, log);
    }

    private void Register(DeviceState state, string substream, Role role)
    {
        if (!_bySubstream.TryAdd(substream, (state, role)))
        {
            throw new ArgumentException($"Log '{substream}' belongs to devices '{_bySubstream[substream].State.Name}' and '{state.Name}'");
        }
    }

    private sealed class DeviceState(LogDevice device)
    {
        private (long TimeNs, double Value)? _value;
        private (long TimeNs, double Value)? _target;
        private (long TimeNs, bool Value)? _idle;

        public string Name => device.Name;

        public LogMessage? Push(Role role, LogMessage log)
        {
            switch (role)
            {
                case Role.Value:
                    _value = (log.TimestampNs, log.Value);
                    break;
                case Role.Target:
                    _target = (log.TimestampNs, log.Value);
                    break;
                default:
                    _idle = (log.TimestampNs, log.Value != 0);
                    break;
            }
            if (_value is not { } value || (device.Target is not null && _target is null) || (device.Idle is not null && _idle is null))
            {
                return null;
            }
            var time = Math.Max(value.TimeNs, Math.Max(_target?.TimeNs ?? long.MinValue, _idle?.TimeNs ?? long.MinValue));
            return new LogMessage(device.Name, time, value.Value, _target?.Value, _idle?.Value);
        }
    }
}
