using LiveData.Workflows.Histogramming;

namespace LiveData.Workflows.Wavelength;

/// <summary>
/// Upstream's (essreduce unwrap) <c>LookupTable</c>: the mean wavelength (Å) and its variance on a grid of flight
/// distance × event_time_offset, with the source's pulse period and stride. The event_time_offset axis spans one
/// frame (pulse period × stride) from 0, its last column repeating the first, so an event's offset within the frame
/// needs no wrapping. Between grid points the wavelength is interpolated bilinearly; outside the grid, or next to a
/// grid point no neutron reaches (NaN), it is NaN and the event is dropped, as upstream's interpolator fills NaN.
/// </summary>
public sealed class WavelengthLookupTable
{
    private readonly double[] _distances;
    private readonly double[] _wavelengths;
    private readonly double _columnsPerNs;
    private readonly int _lastColumn;

    /// <param name="distancesM">Increasing distances from the source (m), the rows.</param>
    /// <param name="eventTimeOffsetsNs">Evenly spaced event_time_offset (ns) from 0 to the frame period, the columns.</param>
    /// <param name="wavelengths">Mean wavelength (Å) per row and column, row after row.</param>
    /// <param name="variances">Variance of the wavelength (Å²) per cell, or null when unknown.</param>
    public WavelengthLookupTable(double[] distancesM, double[] eventTimeOffsetsNs, double[] wavelengths, double[]? variances,
        double pulsePeriodNs, int pulseStride, double distanceResolutionM, double timeResolutionNs)
    {
        if (distancesM.Length < 2 || eventTimeOffsetsNs.Length < 2)
        {
            throw new ArgumentException($"a lookup table needs at least 2 distances and 2 event_time_offsets, got {distancesM.Length} × {eventTimeOffsetsNs.Length}");
        }
        if (wavelengths.Length != distancesM.Length * eventTimeOffsetsNs.Length || (variances is not null && variances.Length != wavelengths.Length))
        {
            throw new ArgumentException($"{distancesM.Length} × {eventTimeOffsetsNs.Length} cells, got {wavelengths.Length} wavelengths and {variances?.Length ?? 0} variances");
        }
        RequireIncreasing(distancesM, "distance");
        RequireEvenFromZero(eventTimeOffsetsNs);
        if (pulseStride < 1 || !(pulsePeriodNs > 0))
        {
            throw new ArgumentException($"the pulse period must be positive and the stride at least 1, got {pulsePeriodNs} ns and {pulseStride}");
        }
        _distances = distancesM;
        EventTimeOffsetsNs = eventTimeOffsetsNs;
        _wavelengths = wavelengths;
        Variances = variances;
        PulsePeriodNs = pulsePeriodNs;
        PulseStride = pulseStride;
        DistanceResolutionM = distanceResolutionM;
        TimeResolutionNs = timeResolutionNs;
        _lastColumn = eventTimeOffsetsNs.Length - 1;
        _columnsPerNs = _lastColumn / eventTimeOffsetsNs[^1];
    }

    public IReadOnlyList<double> DistancesM => _distances;

    public IReadOnlyList<double> EventTimeOffsetsNs { get; }

    public ReadOnlySpan<double> Wavelengths => _wavelengths;

    public IReadOnlyList<double>? Variances { get; }

    public double PulsePeriodNs { get; }

    /// <summary>Pulses per frame: 1 unless the choppers skip pulses.</summary>
    public int PulseStride { get; }

    public double DistanceResolutionM { get; }

    public double TimeResolutionNs { get; }

    /// <summary>The frame the event_time_offset axis spans: pulse period × stride.</summary>
    public double FramePeriodNs => PulsePeriodNs * PulseStride;

    /// <summary>Where <paramref name="distanceM"/> falls between the rows (linear weight), or <see cref="DistanceRow.Outside"/>.</summary>
    public DistanceRow Row(double distanceM)
    {
        var distances = _distances;
        if (!(distanceM >= distances[0] && distanceM <= distances[^1]))
        {
            return DistanceRow.Outside;
        }
        var index = Array.BinarySearch(distances, distanceM);
        if (index >= 0)
        {
            return new DistanceRow(index * EventTimeOffsetsNs.Count, 0);
        }
        var row = ~index - 1;
        return new DistanceRow(row * EventTimeOffsetsNs.Count, (distanceM - distances[row]) / (distances[row + 1] - distances[row]));
    }

    /// <summary>The wavelength (Å) of an event <paramref name="eventTimeOffsetNs"/> after its pulse at <paramref name="row"/>'s distance; NaN where the table has none.</summary>
    public double Wavelength(DistanceRow row, double eventTimeOffsetNs)
    {
        var x = eventTimeOffsetNs * _columnsPerNs;
        if (row.IsOutside || !(x >= 0 && x <= _lastColumn))
        {
            return double.NaN;
        }
        var column = InRangeTruncation.ToInt32(x);
        var along = x - column;
        var near = row.Offset + column;
        var atRow = Along(near, along);
        return row.Weight == 0 ? atRow : atRow + row.Weight * (Along(near + _lastColumn + 1, along) - atRow);
    }

    // A point on a grid line reads only that line, so a NaN beyond it (no neutrons there) does not leak in.
    private double Along(int cell, double fraction) =>
        fraction == 0 ? _wavelengths[cell] : _wavelengths[cell] + fraction * (_wavelengths[cell + 1] - _wavelengths[cell]);

    private static void RequireIncreasing(double[] values, string what)
    {
        for (var i = 1; i < values.Length; i++)
        {
            if (!(values[i] > values[i - 1]))
            {
                throw new ArgumentException($"the {what} coordinate must increase, but {values[i]} follows {values[i - 1]}");
            }
        }
    }

    // Upstream's table is a linspace from 0; an even grid lets each event find its column with one multiply.
    private static void RequireEvenFromZero(double[] eventTimeOffsetsNs)
    {
        var step = eventTimeOffsetsNs[^1] / (eventTimeOffsetsNs.Length - 1);
        for (var i = 0; i < eventTimeOffsetsNs.Length; i++)
        {
            if (Math.Abs(eventTimeOffsetsNs[i] - i * step) > 1e-6 * step)
            {
                throw new ArgumentException($"the event_time_offset coordinate must be evenly spaced from 0, but point {i} is {eventTimeOffsetsNs[i]} ns, not {i * step} ns");
            }
        }
    }
}
