using LiveData.Core.Data;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Histogramming;

/// <summary>Bins detector events by their event_time_offset as recorded (upstream's 'toa' mode), with the vectorised binner.</summary>
public sealed class TimeOfArrivalPixelBinning(TimeOfArrivalEdges edges, TimeOfArrivalRange range) : IPixelEventBinning
{
    private const string Dim = "time_of_arrival";
    private readonly TimeOfArrivalBinner _binner = new(edges);
    private readonly bool _rangeEnabled = range.Enabled;
    private readonly double _rangeStartNs = range.StartNs;
    private readonly double _rangeStopNs = range.StopNs;

    public Variable Edges { get; } = Variable.Vector(Dim, edges.Unit, edges.Values());

    public int BinCount => _binner.BinCount;

    public void Bin(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> eventTimeOffsetNs, Span<int> bins, Span<bool> inRange)
    {
        _binner.BinsOf(eventTimeOffsetNs, bins, -1);
        if (!_rangeEnabled)
        {
            inRange[..eventTimeOffsetNs.Length].Fill(true);
            return;
        }
        for (var i = 0; i < eventTimeOffsetNs.Length; i++)
        {
            var t = eventTimeOffsetNs[i];
            inRange[i] = t >= _rangeStartNs && t < _rangeStopNs;
        }
    }
}
