using System.Text;
using System.Text.Json;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Core.Beamline;
using LiveData.Instruments;
using LiveData.Workflows;
using LiveData.Workflows.Unavailable;

namespace LiveData.Acceptance.Support.Glossary;

/// <summary>
/// What each instrument of the catalog offers a scenario, straight from its definition: the names steps may use as
/// sources, and its workflows with the sources they accept, the service that runs them, their outputs and parameters.
/// </summary>
internal static class InstrumentSection
{
    public static void Write(StringBuilder text)
    {
        text.Heading(2, "Instruments")
            .AppendLine($"Pick one with `@{ScenarioInstrument.TagPrefix}NAME` (default `{ScenarioInstrument.Default}`). The names below are the DEV")
            .AppendLine("source names the fakes publish and steps use. A step starts a workflow by its name (first column) for one or")
            .AppendLine("more of its sources, once the service that runs it is up (see Service groups). A step's parameter table sets")
            .AppendLine("parameters by the dotted names listed (e.g. `toa_edges.num_bins`); the others keep their defaults.");
        foreach (var instrument in InstrumentCatalog.Names.Select(InstrumentCatalog.Get))
        {
            Write(text, instrument);
        }
    }

    private static void Write(StringBuilder text, Instrument instrument)
    {
        text.Heading(3, instrument.Name)
            .AppendLine($"- Monitors: {Markdown.List(instrument.Monitors.Select(Markdown.Code))}")
            .AppendLine($"- Detector banks: {Markdown.List(instrument.Detectors.Select(Bank))}");
        if (instrument.AreaDetectors.Count > 0)
        {
            text.AppendLine($"- Area detectors: {Markdown.List(instrument.AreaDetectors.Select(a => $"{Markdown.Code(a.Name)} ({a.Height} × {a.Width} image)"))}");
        }
        if (instrument.Logs.Streams.Count > 0)
        {
            text.AppendLine($"- Logs: {instrument.Logs.Streams.Count} f144 logs in {Markdown.List(instrument.Logs.Streams.Select(l => l.Unit).Distinct().Order(StringComparer.Ordinal))}; "
                + $"a timeseries shows {instrument.Logs.TimeseriesSources.Count} of them (see `timeseries_data` below, with units in Logs and units)");
        }
        if (instrument.Logs.Devices.Count > 0)
        {
            text.AppendLine($"- Devices (readback with setpoint and idle flag): {Markdown.List(instrument.Logs.Devices.Select(d => $"{Markdown.Code(d.Name)} ({d.Unit})"))}");
        }
        foreach (var merged in instrument.DetectorStreams.Where(s => s.SourceName != s.Detector).GroupBy(s => s.Detector))
        {
            text.AppendLine($"- {merged.Count()} raw streams (e.g. {Markdown.Code(merged.First().SourceName)}) merge into {Markdown.Code(merged.Key)}");
        }
        if (instrument.NicosDevices.Count > 0)
        {
            text.AppendLine($"- NICOS devices: {Markdown.List(instrument.NicosDevices.Select(d => $"{Markdown.Code(d.DeviceName)} ({d.WorkflowId.Name} {d.SourceName} {d.OutputName})"))}");
        }

        text.AppendLine().Table(
            ["Workflow", "Service", "Sources", "Outputs", "Parameters (default)"],
            instrument.Workflows.Select(w => (IReadOnlyList<string>)
            [
                $"{Markdown.Code(w.Id.Name)} {Markdown.Cell(w.Title)}{Availability(w)}",
                Markdown.Code(w.ServiceName),
                Markdown.List(w.SourceNames.Select(Markdown.Code)),
                Markdown.List(w.Outputs.Select(o => Markdown.Code(o.Name))),
                Parameters(w),
            ]));
    }

    private static string Bank(DetectorBank bank) =>
        $"{Markdown.Code(bank.Name)} (pixels {bank.FirstDetectorNumber}–{bank.LastDetectorNumber}, {string.Join(" × ", bank.LogicalShape.Select(d => $"{d.Key} {d.Value}"))})";

    private static string Availability(WorkflowSpec workflow) =>
        (workflow.Factory is UnavailableWorkflow ? "; not available yet: a start is answered with an error saying what it needs" : string.Empty)
        + (workflow.SupportsReset ? string.Empty : "; cannot be reset");

    /// <summary>The default parameters flattened to the dotted names a <c>with:</c> table uses.</summary>
    private static string Parameters(WorkflowSpec workflow)
    {
        var leaves = new List<string>();
        Flatten(workflow.Factory.DefaultParams, prefix: null, leaves);
        return Markdown.List(leaves);
    }

    private static void Flatten(JsonElement element, string? prefix, List<string> leaves)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                Flatten(property.Value, prefix is null ? property.Name : $"{prefix}.{property.Name}", leaves);
            }
        }
        else if (prefix is not null)
        {
            var value = element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText();
            leaves.Add($"{Markdown.Code(prefix)} {Markdown.Cell(value)}");
        }
    }

    /// <summary>Every output name the workflows declare, with its titles, its time span and the workflows that have it.</summary>
    public static IEnumerable<IReadOnlyList<string>> Outputs(Func<Temporality, string> describe) =>
        InstrumentCatalog.Names.Select(InstrumentCatalog.Get)
            .SelectMany(i => i.Workflows.SelectMany(w => w.Outputs.Select(o => (Output: o, Workflow: w.Id.Name))))
            .GroupBy(o => o.Output.Name)
            .Select(g => (IReadOnlyList<string>)
            [
                Markdown.Code(g.Key),
                Markdown.Cell(string.Join(" / ", g.Select(o => o.Output.Title).Distinct())),
                string.Join("; ", g.Select(o => o.Output.Temporality).Distinct().Select(describe)),
                Markdown.List(g.Select(o => o.Workflow).Distinct().Order(StringComparer.Ordinal).Select(Markdown.Code)),
            ]);
}
