using LiveData.Core.Data;

namespace LiveData.Workflows.MonitorHistogram;

/// <summary>What a monitor histogram bins by — time of arrival or wavelength — with its edges and range filter.</summary>
public interface IMonitorBinning
{
    /// <summary>The bin edges as the output's coordinate (its dim names the histogram's dim).</summary>
    Variable Edges { get; }

    int BinCount { get; }

    /// <summary>Adds each event to <paramref name="counts"/>; returns how many count as "in range".</summary>
    double AddEvents(ReadOnlySpan<int> eventTimeOffsetNs, Span<double> counts);

    /// <summary>Rebins pre-binned counts onto the edges; returns how much counts as "in range".</summary>
    double AddHistogram(BinnedCounts histogram, Span<double> counts);
}
