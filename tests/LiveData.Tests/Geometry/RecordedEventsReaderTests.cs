using LiveData.Geometry.Nexus;
using PureHDF;
using static LiveData.Tests.Geometry.NexusFiles;

namespace LiveData.Tests.Geometry;

/// <summary>
/// Recorded events read from a generated run. mantle_detector: 5 events in 3 pulses with event_index [0, 2, 2], so
/// pulse 0 holds events 0–1, pulse 1 none and pulse 2 events 2–4. monitor_1 stores its offsets in µs as floats.
/// </summary>
public sealed class RecordedEventsReaderTests : IDisposable
{
    private const string Mantle = "/entry/instrument/mantle_detector/events";
    private readonly NexusFiles _files = new();

    public void Dispose() => _files.Dispose();

    internal static H5Group EventData(object eventId, object timeOffset, object timeZero, object eventIndex, string offsetUnits = "ns",
        bool withIndex = true)
    {
        List<(string, object)> children =
        [
            ("event_id", Dataset(eventId)),
            ("event_time_offset", Dataset(timeOffset, ("units", offsetUnits))),
            ("event_time_zero", Dataset(timeZero, ("units", "ns"))),
        ];
        if (withIndex)
            children.Add(("event_index", Dataset(eventIndex)));
        return Group("NXevent_data", [.. children]);
    }

    internal static H5File RecordedRun(bool withIndex = true, long[]? mantleIndex = null) => File(
        ("entry", Group("NXentry",
            ("instrument", Group("NXinstrument",
                ("monitor_2", Group("NXmonitor",
                    ("events", EventData(new int[] { 1 }, new int[] { 7 }, new long[] { 1000 }, new long[] { 0 })))),
                ("monitor_1", Group("NXmonitor",
                    ("events", EventData(new int[] { 1, 1 }, new float[] { 1.5f, 2 }, new long[] { 1000, 2000 }, new long[] { 0, 1 }, "us")))),
                ("monitor_without_events", Group("NXmonitor")),
                ("mantle_detector", Group("NXdetector",
                    ("events", EventData(new int[] { 5, 6, 7, 8, 9 }, new uint[] { 100, 200, 300, 400, 500 },
                        new ulong[] { 1000, 2000, 3000 }, mantleIndex ?? [0, 2, 2], withIndex: withIndex)))),
                ("endcap", Group("NXdetector_group",
                    ("endcap_backward_detector", Group("NXdetector",
                        ("events", EventData(new long[] { 42 }, new int[] { 9 }, new long[] { 5 }, new int[] { 0 })))))))))));

    [Fact]
    public void Reads_the_detectors_also_inside_detector_groups_and_the_monitors_with_event_data_in_name_order()
    {
        var path = _files.Write(RecordedRun());

        var run = RecordedEventsReader.Read(path);

        run.File.Should().Be(path);
        run.Detectors.Select(d => d.Name).Should().Equal("endcap_backward_detector", "mantle_detector");
        run.Monitors.Select(m => m.Name).Should().Equal("monitor_1", "monitor_2");
        run.Detectors[1].Path.Should().Be(Mantle);
    }

    [Fact]
    public void Splits_the_events_into_pulses_by_event_index()
    {
        var mantle = RecordedEventsReader.Read(_files.Write(RecordedRun())).Detectors[1];

        mantle.EventCount.Should().Be(5);
        mantle.PulseCount.Should().Be(3);
        mantle.PulseTimeNs(2).Should().Be(3000);
        mantle.Pulse(0).EventIds.ToArray().Should().Equal(5, 6);
        mantle.Pulse(0).TimeOffsetNs.ToArray().Should().Equal(100, 200);
        mantle.Pulse(1).EventIds.Length.Should().Be(0);
        mantle.Pulse(2).EventIds.ToArray().Should().Equal(7, 8, 9);
        mantle.Pulse(2).TimeOffsetNs.ToArray().Should().Equal(300, 400, 500);
    }

    [Fact]
    public void Converts_time_offsets_to_ns_from_their_units()
    {
        var monitor = RecordedEventsReader.Read(_files.Write(RecordedRun())).Monitors[0];

        monitor.Pulse(0).TimeOffsetNs.ToArray().Should().Equal(1500);
        monitor.Pulse(1).TimeOffsetNs.ToArray().Should().Equal(2000);
    }

    [Fact]
    public void A_missing_dataset_names_the_file_and_the_path_in_it()
    {
        var path = _files.Write(RecordedRun(withIndex: false));

        var read = () => RecordedEventsReader.Read(path);

        read.Should().Throw<InvalidDataException>().WithMessage($"{path}: {Mantle}/event_index: missing dataset*");
    }

    [Fact]
    public void An_event_index_beyond_the_events_is_refused()
    {
        var path = _files.Write(RecordedRun(mantleIndex: [0, 2, 6]));

        var read = () => RecordedEventsReader.Read(path);

        read.Should().Throw<InvalidDataException>().WithMessage($"*{Mantle}/event_index: value 6 at pulse 2*");
    }

    [Fact]
    public void A_missing_or_non_hdf5_file_is_an_error_naming_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-run.nxs");
        var garbage = Path.GetTempFileName();
        System.IO.File.WriteAllText(garbage, "not HDF5");
        try
        {
            FluentActions.Invoking(() => RecordedEventsReader.Read(missing)).Should().Throw<FileNotFoundException>().WithMessage($"{missing}*");
            FluentActions.Invoking(() => RecordedEventsReader.Read(garbage)).Should().Throw<InvalidDataException>().WithMessage($"{garbage}: not a readable HDF5/NeXus file*");
        }
        finally
        {
            System.IO.File.Delete(garbage);
        }
    }
}
