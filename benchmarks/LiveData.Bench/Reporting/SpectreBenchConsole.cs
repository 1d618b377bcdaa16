using System.Globalization;
using LiveData.Bench.Machine;
using Spectre.Console;

namespace LiveData.Bench.Reporting;

/// <summary>Terminal output: a progress line per step and a table of figures per section.</summary>
public sealed class SpectreBenchConsole(IAnsiConsole console) : IBenchConsole
{
    public void Machine(MachineFacts machine) =>
        console.MarkupLineInterpolated($"[bold]livedata-bench[/] on {machine.CpuModel}, {machine.LogicalCores} cores ({machine.Caches}), {machine.MemoryBytes / (1L << 30)} GiB, {machine.Runtime}");

    public void SectionStarted(IBenchSection section) =>
        console.MarkupLineInterpolated($"[bold blue]{section.Name}[/]: {section.Description}");

    public void Progress(string section, string line) =>
        console.MarkupLineInterpolated($"  [grey]{section}[/] {line}");

    public void Figures(string section, IReadOnlyList<BenchFigure> figures)
    {
        if (figures.Count == 0)
        {
            return;
        }
        var table = new Table().Title(section).AddColumns("figure", "value", "unit", "reference", "ratio", "target", "met");
        foreach (var figure in figures)
        {
            table.AddRow(
                Markup.Escape(figure.Name),
                Format(figure.Value),
                Markup.Escape(figure.Unit),
                figure.Reference is { } r ? Markup.Escape($"{r.Name} {Format(r.Value)}") : "",
                figure.Ratio is { } ratio ? ratio.ToString("0.00", CultureInfo.InvariantCulture) + "x" : "",
                figure.Target is { } t ? Markup.Escape(t.ToString()) : "",
                figure.Met switch { true => "[green]yes[/]", false => "[red]no[/]", null => "" });
        }
        console.Write(table);
    }

    public void Written(string path) => console.MarkupLineInterpolated($"JSON report: {path}");

    public void Summary(BenchReport report)
    {
        var figures = report.Figures;
        var missed = figures.Count(f => f.Met == false);
        console.MarkupLineInterpolated($"{figures.Count} figures, {figures.Count(f => f.Met == true)} targets met, {missed} missed, {report.Failures.Count} sections failed");
        foreach (var failure in report.Failures)
        {
            console.MarkupLineInterpolated($"[red]failed[/] {failure}");
        }
        foreach (var artefact in report.Artefacts)
        {
            console.MarkupLineInterpolated($"artefact: {artefact}");
        }
    }

    /// <summary>Three significant digits, in engineering-friendly notation for large rates.</summary>
    public static string Format(double value) =>
        Math.Abs(value) >= 1e5 ? value.ToString("0.00e+0", CultureInfo.InvariantCulture) : value.ToString("G4", CultureInfo.InvariantCulture);
}
