using ScottPlot;

namespace LiveData.Bench.Pipeline;

/// <summary>The rate ladder as a PNG: MB/s the service sustained against MB/s offered, with the broker's ceiling.</summary>
public static class ThroughputPlot
{
    public static void Save(string path, IReadOnlyList<StepMeasurement> steps, double ceilingMegabytesPerSecond, StepMeasurement? twoWorkers)
    {
        var plot = new Plot();
        var offered = steps.Select(s => s.OfferedMegabytesPerSecond).ToArray();
        var sustained = plot.Add.Scatter(offered, steps.Select(s => s.SustainedMegabytesPerSecond).ToArray());
        sustained.LegendText = "detector_data (1 worker) sustained";
        var ideal = plot.Add.Line(0, 0, Math.Max(offered.Max(), ceilingMegabytesPerSecond), Math.Max(offered.Max(), ceilingMegabytesPerSecond));
        ideal.LinePattern = LinePattern.Dotted;
        ideal.LegendText = "offered";
        var ceiling = plot.Add.HorizontalLine(ceilingMegabytesPerSecond);
        ceiling.LegendText = "broker ceiling (same message size)";
        if (twoWorkers is not null)
        {
            var two = plot.Add.Scatter(new[] { twoWorkers.OfferedMegabytesPerSecond }, new[] { twoWorkers.SustainedMegabytesPerSecond });
            two.LegendText = "2 detector_data workers";
            two.MarkerSize = 12;
        }
        plot.Title("livedata-bench pipeline: throughput vs offered rate");
        plot.XLabel("offered detector data (MB/s)");
        plot.YLabel("histogrammed (MB/s)");
        plot.ShowLegend(Alignment.UpperLeft);
        plot.SavePng(path, 900, 600);
    }
}
