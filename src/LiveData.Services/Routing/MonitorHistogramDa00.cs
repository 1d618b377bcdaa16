using LiveData.Wire;
using LiveData.Wire.Da00;
using LiveData.Workflows;
using LiveData.Workflows.Parameters;

namespace LiveData.Services.Routing;

/// <summary>
/// Reads a monitor histogram sent as da00 (<c>signal</c> along one time axis, that axis' bin edges as a
/// coordinate variable with a time unit) into counts over edges in ns.
/// </summary>
public static class MonitorHistogramDa00
{
    /// <exception cref="WireFormatException">the message is not a 1-D histogram over time bin edges.</exception>
    public static BinnedCounts Counts(Da00DataArray message)
    {
        var signal = message.Find("signal") ?? throw Invalid(message, "has no 'signal' variable");
        if (signal.Axes.Count != 1 || signal.DataType == Da00DataType.CString)
        {
            throw Invalid(message, $"signal must be a 1-D numeric histogram, got axes [{string.Join(", ", signal.Axes)}]");
        }
        var axis = signal.Axes[0];
        var edges = message.Find(axis) ?? throw Invalid(message, $"has no bin edges for its axis '{axis}'");
        if (edges.DataType == Da00DataType.CString)
        {
            throw Invalid(message, $"edges '{axis}' must be numeric, got a c_string");
        }
        if (edges.Unit is not { } unit || !TimeUnit.IsKnown(unit))
        {
            throw Invalid(message, $"edges '{axis}' must have a time unit ({string.Join(", ", TimeUnit.Names)}), got '{edges.Unit}'");
        }
        var counts = signal.ToDoubles();
        var edgesNs = Array.ConvertAll(edges.ToDoubles(), e => TimeUnit.ToNanoseconds(e, unit));
        if (edgesNs.Length != counts.Length + 1)
        {
            throw Invalid(message, $"{counts.Length} bins need {counts.Length + 1} edges, got {edgesNs.Length}");
        }
        return BinnedCounts.Create(edgesNs, counts);
    }

    /// <summary>Data time: the last <c>reference_time</c> if the message has one, else its top-level timestamp.</summary>
    public static long Timestamp(Da00DataArray message) =>
        message.Find("reference_time") is { DataType: Da00DataType.Int64 } reference && reference.ToInt64s() is { Length: > 0 } times
            ? times[^1]
            : message.Timestamp;

    private static WireFormatException Invalid(Da00DataArray message, string problem) => new($"da00 monitor histogram '{message.SourceName}' {problem}");
}
