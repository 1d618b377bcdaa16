using System.Globalization;
using LiveData.Bench.Cluster;
using ScottPlot;

namespace LiveData.Bench.Memory;

/// <summary>RSS over time, one line per service and rate: one colour per service, dashed at nominal rate and solid above it.</summary>
public static class MemoryPlot
{
    public static void Save(string path, IReadOnlyList<(double RateMultiplier, RssSample Sample)> samples)
    {
        using var plot = new Plot();
        var services = samples.Select(s => s.Sample.Service).Distinct().ToList();
        foreach (var series in samples.GroupBy(s => (s.Sample.Service, s.RateMultiplier)))
        {
            var line = plot.Add.ScatterLine(
                series.Select(s => s.Sample.Elapsed.TotalSeconds).ToArray(),
                series.Select(s => s.Sample.Memory.RssBytes / MemoryTrend.BytesPerMegabyte).ToArray(),
                plot.Add.Palette.GetColor(services.IndexOf(series.Key.Service)));
            line.LegendText = $"{series.Key.Service}, {series.Key.RateMultiplier.ToString(CultureInfo.InvariantCulture)}x";
            line.LinePattern = series.Key.RateMultiplier > 1 ? LinePattern.Solid : LinePattern.Dashed;
        }
        plot.Title("Resident memory of each service");
        plot.XLabel("time since the job started (s)");
        plot.YLabel("RSS (MB)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 1000, 560);
    }
}
