using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Ratemeter;
using LiveData.Workflows.Spectroscopy;

namespace LiveData.Instruments.Bifrost;

/// <summary>BIFROST, the indirect-geometry spectrometer.</summary>
internal static class BifrostInstrument
{
    public const string Name = "bifrost";
    private const int Arcs = 5;
    private const int Channels = 9;
    private const int PixelsPerArc = 2700;

    /// <summary>
    /// A band chopper window around the analysers' 4.04–5.50 Å (5.0–2.7 meV), so elastic and near-elastic neutrons reach
    /// every arc: 1.65 Å, just under the 1.66 Å that arrive within one frame at the farthest pixel (~163.6 m).
    /// </summary>
    public static readonly WavelengthBand IncidentWavelengths = new(3.92, 5.57);

    public static Instrument Create()
    {
        string[] monitors = ["psc_monitor", "overlap_monitor", "bandwidth_monitor", "normalization_monitor", "elastic_monitor"];
        var unified = new DetectorBank("unified_detector", 1, Arcs * PixelsPerArc, [new("arc", Arcs), new("tube", 3), new("channel", Channels), new("pixel", 100)]);
        var view = new LogicalView(unified.LogicalShape, [["arc", "tube"], ["channel", "pixel"]]);
        return new Instrument(
            Name,
            monitors,
            [unified],
            InstrumentLogs.Of(Name),
            [
                MonitorHistogramSpec.For(Name, monitors),
                DetectorViewSpec.For(new WorkflowId(Name, "unified_detector_view", 1), "Unified detector view", unified, view, withRois: true,
                    new SpectrumView([1, 2, 4, 5, 10, 20, 25, 50, 100], DefaultPixelsPerTube: 10)),
                DetectorRatemeterWorkflow.Spec(new WorkflowId(Name, DetectorRatemeterWorkflow.WorkflowName, 1), unified),
                QMapSpec.QMap(Name, unified),
                QMapSpec.ElasticQMap(Name, unified),
                QMapSpec.CustomElasticQMap(Name, unified),
                WavelengthLut.Unavailable(Name, ["pulse_shaping_chopper_1", "pulse_shaping_chopper_2", "frame_overlap_chopper_1", "frame_overlap_chopper_2", "bandwidth_chopper_1", "bandwidth_chopper_2"]),
            ])
        {
            NicosDevices =
            [
                .. NicosDevice.CountsTotals(MonitorHistogramSpec.Id(Name), monitors),
                .. NicosDevice.CountsTotals(new WorkflowId(Name, "unified_detector_view", 1), [unified.Name]),
            ],
            DetectorStreams = [.. DevTriplets(unified.Name)],
            FakeEventsPerPulse = 1_000,
            WavelengthBand = IncidentWavelengths,
            ProdStreams =
            [
                .. Enumerable.Range(0, Arcs).SelectMany(a => Enumerable.Range(0, Channels).Select(t => new ProdStream("bifrost_detector", $"arc={a};triplet={t}", unified.Name))),
                .. ProdStream.Monitors("bifrost_beam_monitor", monitors),
            ],
        };
    }

    // The DEV names of the 45 triplet streams: a running start number, +4 per arc and 1 more after each
    // channel's arcs; every stream carries its arc's whole id range, as upstream's fake does.
    private static IEnumerable<DetectorStream> DevTriplets(string detector)
    {
        var start = 125;
        for (var channel = 1; channel <= Channels; channel++)
        {
            for (var arc = 1; arc <= Arcs; arc++)
            {
                yield return new DetectorStream($"{start}_channel_{channel}_{arc}_triplet", detector, PixelsPerArc * (arc - 1) + 1, PixelsPerArc * arc);
                start += 4;
            }
            start++;
        }
    }
}
