using System.CommandLine;
using System.Globalization;
using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using Spectre.Console;

namespace LiveData.Cli.Commands;

/// <summary><c>livedata nexus show FILE</c>: the detectors, monitors and L1 a NeXus geometry file gives.</summary>
internal static class NexusShow
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "NeXus (HDF5) file" };
        file.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is { } path && !File.Exists(path))
            {
                r.AddError($"{path}: no such file");
            }
        });
        var command = new Command("show", "Show the detectors (pixels, detector numbers, L2, 2θ), monitors and L1 of a NeXus geometry file") { file };
        command.SetAction(result => Show(result.GetValue(file)!));
        return command;
    }

    // Wide enough that a redirected table (a log, a pipe) keeps one line per row.
    private const int RedirectedWidth = 140;

    private static int Show(string path)
    {
        InstrumentGeometry geometry;
        try
        {
            geometry = NexusGeometryReader.Read(path);
        }
        catch (NexusStructureException e)
        {
            Console.Error.WriteLine($"{path}: {e.Message}");
            return BrokerGuard.InvalidSettingsExitCode;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"{path}: not a readable HDF5/NeXus file ({e.Message})");
            return BrokerGuard.InvalidSettingsExitCode;
        }

        if (Console.IsOutputRedirected)
        {
            AnsiConsole.Profile.Width = RedirectedWidth;
        }
        var source = geometry.Source?.Position;
        var sample = geometry.Sample.Position;
        AnsiConsole.MarkupLineInterpolated($"[bold]{path}[/]");
        AnsiConsole.WriteLine(source is null
            ? "No NXsource: L1 and 2θ unknown"
            : $"L1 = {geometry.L1.ToString("F3", CultureInfo.InvariantCulture)} m (source at {Format(source.Value)}, sample at {Format(sample)})");

        var detectors = new Table().Title("Detectors")
            .AddColumn("Detector").AddColumn(new TableColumn("Pixels").RightAligned()).AddColumn("detector_number")
            .AddColumn("L2 (m)").AddColumn("2θ (deg)").AddColumn("Moving");
        foreach (var summary in geometry.Detectors.Select(d => GeometrySummary.Of(d, sample, source)))
        {
            detectors.AddRow(
                Markup.Escape(summary.Name),
                summary.Pixels.ToString(CultureInfo.InvariantCulture),
                Format(summary.DetectorNumbers, "F0"),
                Format(summary.L2, "F3"),
                Format(summary.TwoThetaDegrees, "F2"),
                summary.IsMoving ? "yes" : "");
        }
        AnsiConsole.Write(detectors);

        var monitors = new Table().Title("Monitors")
            .AddColumn("Monitor").AddColumn("Position (m)").AddColumn(new TableColumn("To source (m)").RightAligned()).AddColumn("Moving");
        foreach (var summary in geometry.Monitors.Select(m => GeometrySummary.Of(m, source)))
        {
            monitors.AddRow(
                Markup.Escape(summary.Name),
                Format(summary.Position),
                summary.DistanceToSource?.ToString("F3", CultureInfo.InvariantCulture) ?? "–",
                summary.IsMoving ? "yes" : "");
        }
        AnsiConsole.Write(monitors);
        return 0;
    }

    private static string Format(Vector3d v) => string.Create(CultureInfo.InvariantCulture, $"({v.X:F3}, {v.Y:F3}, {v.Z:F3})");

    private static string Format(ValueRange? range, string format) => range is { } r
        ? $"{r.Min.ToString(format, CultureInfo.InvariantCulture)} – {r.Max.ToString(format, CultureInfo.InvariantCulture)}"
        : "–";
}
