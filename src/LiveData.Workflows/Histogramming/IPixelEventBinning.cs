using LiveData.Core.Data;

namespace LiveData.Workflows.Histogramming;

/// <summary>What a detector view bins its events by — time of arrival or wavelength — with its edges and range filter.</summary>
public interface IPixelEventBinning
{
    /// <summary>The bin edges as the spectra's coordinate (its dim names the spectral dim).</summary>
    Variable Edges { get; }

    int BinCount { get; }

    /// <summary>
    /// Writes each event's bin to <paramref name="bins"/> (-1 when it falls outside the edges) and whether it passes
    /// the range filter to <paramref name="inRange"/> (meaningful only for binned events).
    /// </summary>
    void Bin(ReadOnlySpan<int> pixelIds, ReadOnlySpan<int> eventTimeOffsetNs, Span<int> bins, Span<bool> inRange);
}
