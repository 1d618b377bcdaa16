using LiveData.Core.Data;
using LiveData.Core.Identity;

namespace LiveData.Web.Plots;

/// <summary>
/// Keeps the recent samples of every result along time (a log's timeseries publishes only its new samples each
/// update), so a page opened late, or one that missed an update, still draws the series over time.
/// Fed on the dashboard's pump thread, so it only appends under a lock.
/// </summary>
public sealed class SeriesHistory(int capacity = SeriesHistory.DefaultCapacity)
{
    public const int DefaultCapacity = 3600;
    private const string TimeDim = "time";
    private readonly Lock _gate = new();
    private readonly Dictionary<DataKey, Series> _series = [];

    /// <summary>True for results this history keeps: one dim, time, with a time coord.</summary>
    public static bool Keeps(DataArray result) => result.Data.Dims is [TimeDim] && result.Coord(TimeDim) is { Dims: [TimeDim] };

    public void Append(DataKey key, DataArray delta)
    {
        if (!Keeps(delta))
        {
            return;
        }
        var times = delta.Coord(TimeDim)!.ToDoubles();
        var values = delta.Data.ToDoubles();
        lock (_gate)
        {
            if (!_series.TryGetValue(key, out var series))
            {
                series = new Series(delta.Name, delta.Data.Unit, delta.Coord(TimeDim)!.Unit);
                _series[key] = series;
            }
            for (var i = 0; i < values.Length; i++)
            {
                series.Samples.Enqueue((times[i], values[i]));
                if (series.Samples.Count > capacity)
                {
                    series.Samples.Dequeue();
                }
            }
            series.Cached = null;
        }
    }

    /// <summary>The kept samples as one result along time; the same instance until a sample is appended.</summary>
    public DataArray? this[DataKey key]
    {
        get
        {
            lock (_gate)
            {
                if (!_series.TryGetValue(key, out var series))
                {
                    return null;
                }
                return series.Cached ??= series.ToDataArray();
            }
        }
    }

    private sealed class Series(string name, string? unit, string? timeUnit)
    {
        public Queue<(double Time, double Value)> Samples { get; } = new();
        public DataArray? Cached { get; set; }

        public DataArray ToDataArray()
        {
            long[] shape = [Samples.Count];
            return new DataArray(
                name,
                Variable.Doubles([TimeDim], shape, unit, [.. Samples.Select(s => s.Value)]),
                [new(TimeDim, Variable.Doubles([TimeDim], shape, timeUnit, [.. Samples.Select(s => s.Time)]))]);
        }
    }
}
