namespace LiveData.Workflows.Spectroscopy;

/// <summary>
/// The sample rotation a3 as logged, looked up per pulse as upstream does ("previous" mode at each event_time_zero):
/// the newest sample at or before the pulse; 0° for a pulse before any sample. Keeps the newest
/// <see cref="MaxSamples"/> samples, as many as a job's retained log backlog.
/// </summary>
public sealed class SampleRotationLog
{
    public const int MaxSamples = 10_000;
    private readonly List<long> _times = [];
    private readonly List<(double Cosine, double Sine)> _rotations = [];

    /// <summary>The newest a3 in degrees, 0 before any sample.</summary>
    public double LatestDegrees => _rotations.Count == 0 ? 0 : Math.Atan2(_rotations[^1].Sine, _rotations[^1].Cosine) * 180 / Math.PI;

    public void Add(IReadOnlyList<LogSample> samples)
    {
        foreach (var sample in samples)
        {
            if (!double.IsFinite(sample.Value))
            {
                continue;
            }
            var radians = sample.Value * Math.PI / 180;
            var index = _times.BinarySearch(sample.TimeNs);
            // A later sample of the same time replaces the earlier one; others go in time order.
            if (index >= 0)
            {
                _rotations[index] = (Math.Cos(radians), Math.Sin(radians));
                continue;
            }
            _times.Insert(~index, sample.TimeNs);
            _rotations.Insert(~index, (Math.Cos(radians), Math.Sin(radians)));
        }
        if (_times.Count > MaxSamples)
        {
            _times.RemoveRange(0, _times.Count - MaxSamples);
            _rotations.RemoveRange(0, _rotations.Count - MaxSamples);
        }
    }

    /// <summary>cos a3 and sin a3 in effect at <paramref name="timeNs"/>.</summary>
    public (double Cosine, double Sine) At(long timeNs)
    {
        var index = _times.BinarySearch(timeNs);
        var previous = index >= 0 ? index : ~index - 1;
        return previous >= 0 ? _rotations[previous] : (1, 0);
    }

    /// <summary>cos a3 and sin a3 of the newest sample, for events without a pulse time.</summary>
    public (double Cosine, double Sine) Latest => _rotations.Count == 0 ? (1, 0) : _rotations[^1];
}
