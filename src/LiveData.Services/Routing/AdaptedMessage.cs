using LiveData.Core.Identity;
using LiveData.Protocol.Commands;
using LiveData.Wire.Ad00;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;

namespace LiveData.Services.Routing;

/// <summary>A raw Kafka record after decoding and routing.</summary>
public abstract record AdaptedMessage;

public sealed record CommandMessage(Command Command) : AdaptedMessage;

/// <summary>ROIs for one job's detector view; applied at once, like a command, because upstream stamps them with time 0.</summary>
public sealed record RoiMessage(JobId Job, RoiStreamData Rois) : AdaptedMessage;

/// <summary>Data for one internal stream; <see cref="TimestampNs"/> is data time and drives batching.</summary>
public abstract record StreamMessage(string Stream, long TimestampNs) : AdaptedMessage;

/// <summary>An ev44 message, kept as its validated bytes so workflows read events without copying.</summary>
public sealed record EventMessage(string Stream, long TimestampNs, ReadOnlyMemory<byte> Ev44) : StreamMessage(Stream, TimestampNs);

/// <summary>A histogram a monitor's readout already binned (da00 on the monitor topic).</summary>
public sealed record HistogramMessage(string Stream, long TimestampNs, BinnedCounts Counts) : StreamMessage(Stream, TimestampNs);

/// <summary>One f144 log sample, or one sample of a merged device with its setpoint and idle flag when it has them.</summary>
public sealed record LogMessage(string Stream, long TimestampNs, double Value, double? Target = null, bool? Idle = null) : StreamMessage(Stream, TimestampNs)
{
    public LogSample Sample => new(TimestampNs, Value, Target, Idle);
}

/// <summary>One ad00 frame of an area detector.</summary>
public sealed record ImageMessage(string Stream, long TimestampNs, Ad00Array Image) : StreamMessage(Stream, TimestampNs);
