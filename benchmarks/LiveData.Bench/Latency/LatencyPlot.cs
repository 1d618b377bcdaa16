using System.Globalization;
using ScottPlot;

namespace LiveData.Bench.Latency;

/// <summary>The latency distribution: one translucent histogram per stream and rate over shared bins, in milliseconds.</summary>
public static class LatencyPlot
{
    private const int Bins = 40;

    public static void Save(string path, IReadOnlyList<LatencySample> samples)
    {
        using var plot = new Plot();
        if (samples.Count > 0)
        {
            var all = samples.Select(s => s.Seconds * 1e3).ToArray();
            var (low, high) = (all.Min(), Math.Max(all.Max(), all.Min() + 1));
            foreach (var series in samples.GroupBy(s => (s.Stream, s.RateMultiplier)))
            {
                var histogram = ScottPlot.Statistics.Histogram.WithBinCount(Bins, low, high);
                histogram.AddRange(series.Select(s => s.Seconds * 1e3));
                var centres = histogram.Edges.Zip(histogram.Edges.Skip(1), (a, b) => (a + b) / 2).ToArray();
                var bars = plot.Add.Bars(centres, histogram.Counts.Select(c => (double)c).ToArray());
                bars.Color = plot.Add.GetNextColor().WithAlpha(0.55);
                foreach (var bar in bars.Bars)
                {
                    bar.Size = histogram.FirstBinSize;
                    bar.LineWidth = 0;
                }
                bars.LegendText = $"{series.Key.Stream}, {series.Key.RateMultiplier.ToString(CultureInfo.InvariantCulture)}x";
            }
        }
        plot.Title("Fake pulse to dashboard data service");
        plot.XLabel("latency (ms)");
        plot.YLabel("results");
        plot.ShowLegend();
        plot.SavePng(path, 900, 500);
    }
}
