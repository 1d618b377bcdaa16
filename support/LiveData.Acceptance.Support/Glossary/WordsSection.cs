using System.Text;
using LiveData.Workflows;

namespace LiveData.Acceptance.Support.Glossary;

/// <summary>The domain words scenarios use, in plain terms, and the output names as the workflows declare them.</summary>
internal static class WordsSection
{
    private static readonly (string Term, string Meaning)[] Terms =
    [
        ("instrument", "The beamline a scenario talks to: `dummy` (a test instrument) or a model of a real ESS instrument. It names the monitors, detectors, logs and workflows a scenario may use (see Instruments)."),
        ("source", "One named stream of raw data a job works on: a monitor, a detector bank, an area detector or a log, e.g. `monitor1` or `panel_0`. Steps write it as one word."),
        ("monitor (beam monitor)", "A small detector in the beam that counts the neutrons passing by. It records only when each neutron arrives (events), or sends histograms it made itself."),
        ("detector bank", "A group of detector pixels, each with a number (pixel id) in the bank's range; its logical shape folds the pixels into an image, e.g. `y 128 × x 128`."),
        ("area detector", "A camera-like detector that sends whole images instead of single neutrons."),
        ("log", "A slowly changing value such as a motor position, with a unit."),
        ("event", "One detected neutron: its pixel and its time of arrival."),
        ("pulse", "ESS makes neutrons in 14 pulses a second; the fakes publish one message per source per pulse."),
        ("time of arrival (TOA)", "How long after the start of its pulse a neutron was detected: from 0 to one pulse period, 71.43 ms. Histograms bin it (`toa_edges`, by default 100 bins over 0–71.43 ms); `toa_range` picks the part counted by the `…in_toa_range` outputs."),
        ("workflow", "A named computation the scientist starts for one or more sources (`monitor_histogram`, `panel_0_xy`, …). It runs in one backend service and takes parameters."),
        ("job", "One workflow running for one source: starting a workflow for three sources makes three jobs."),
        ("generation (job number)", "Every start of a workflow gets a new job number, shared by the jobs of that start. The dashboard shows only the newest generation: starting again (e.g. with new parameters) drops the old results and ignores late ones from the old jobs."),
        ("output", "One named result a job publishes at every update, e.g. `cumulative`; the table below lists them all."),
        ("reset", "Clears a job's cumulative outputs; the job keeps running in the same generation."),
        ("service", "A LiveData program a scenario starts as its own process: a fake (`fake_monitors`, …) invents raw data, a backend service (`monitor_data`, …) runs jobs and publishes results, acknowledgements and heartbeats."),
        ("dashboard (the scientist)", "The dashboard without a screen that the steps drive: it sends start, stop and reset commands and collects what comes back."),
        ("acknowledgement", "A service's answer to a command: ACK, or ERR with the reason."),
        ("heartbeat (job status)", "Every 2 s each service reports its own state and each job's; a job silent for 60 s, or a service for 30 s, is stale."),
    ];

    public static void Write(StringBuilder text)
    {
        text.Heading(2, "Words").Table(["Word", "Meaning"], Terms.Select(t => (IReadOnlyList<string>)[$"**{t.Term}**", Markdown.Cell(t.Meaning)]));
        text.Heading(3, "Output names")
            .AppendLine("What each workflow output is, by name, as the workflows declare it. A scenario names the output it checks.")
            .AppendLine()
            .Table(["Output", "Title", "Holds", "Workflows"], InstrumentSection.Outputs(Holds));
    }

    private static string Holds(Temporality temporality) => temporality switch
    {
        Temporality.Window => "this update only (data since the previous one)",
        Temporality.Cumulative => "everything since the job started or was reset",
        Temporality.Series => "the new samples along time since the previous update",
        _ => temporality.ToString(),
    };
}
