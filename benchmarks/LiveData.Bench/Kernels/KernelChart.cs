using ScottPlot;

namespace LiveData.Bench.Kernels;

/// <summary>A bar chart per case: our kernel, numpy, the C loop and the memory-bandwidth bound, in M events/s (log scale).</summary>
internal static class KernelChart
{
    // Four bars and a gap per case.
    private const int Slot = 5;

    public sealed record Row(string Case, double Ours, double Numpy, double CLoop, double Bound);

    public static void Save(string path, IReadOnlyList<Row> rows)
    {
        var plot = new Plot();
        (string Label, Color Color)[] series = [("ours", Colors.SteelBlue), ("numpy", Colors.Orange), (CLoopReference.Label, Colors.SeaGreen), ("memory-bandwidth bound", Colors.Gray)];
        var bars = new List<Bar>();
        for (var r = 0; r < rows.Count; r++)
        {
            double[] values = [rows[r].Ours, rows[r].Numpy, rows[r].CLoop, rows[r].Bound];
            for (var s = 0; s < series.Length; s++)
            {
                // Log scale: the bound is orders of magnitude above the kernels on the small histograms.
                bars.Add(new Bar { Position = r * Slot + s, Value = Math.Log10(Math.Max(values[s], 1) / 1e6), FillColor = series[s].Color });
            }
        }
        plot.Add.Bars(bars);
        plot.Axes.Bottom.SetTicks([.. rows.Select((_, r) => r * Slot + 1.5)], [.. rows.Select(r => Wrap(r.Case))]);
        plot.Axes.Bottom.MinimumSize = 90;
        double[] decades = [0, 1, 2, 3, 4];
        plot.Axes.Left.SetTicks(decades, [.. decades.Select(d => Math.Pow(10, d).ToString("0", System.Globalization.CultureInfo.InvariantCulture))]);
        plot.Axes.Left.Label.Text = "M events/s (log scale)";
        plot.Title("livedata-bench kernels: ev44 decode + histogram or reduction, events/s");
        foreach (var (label, color) in series)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        }
        plot.ShowLegend(Alignment.UpperRight);
        plot.Axes.Margins(bottom: 0);
        // Wide enough that neighbouring cases' wrapped labels do not run into each other.
        plot.SavePng(path, 1700, 700);
    }

    /// <summary>A case name on short lines (a line per comma-separated part, words wrapped), readable under its bars.</summary>
    public static string Wrap(string name, int width = 18)
    {
        var lines = new List<string>();
        foreach (var part in name.Split(", "))
        {
            var line = "";
            foreach (var word in part.Split(' '))
            {
                if (line.Length > 0 && line.Length + 1 + word.Length > width)
                {
                    lines.Add(line);
                    line = word;
                }
                else
                {
                    line = line.Length == 0 ? word : line + " " + word;
                }
            }
            lines.Add(line);
        }
        return string.Join('\n', lines);
    }
}
