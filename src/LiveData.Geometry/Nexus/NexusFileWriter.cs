using PureHDF;

namespace LiveData.Geometry.Nexus;

/// <summary>
/// Writes <see cref="InstrumentContent"/> as the NeXus structure <see cref="NexusGeometryReader"/> and
/// <see cref="RecordedEventsReader"/> read: /entry (NXentry) with the NXsample and an NXinstrument holding the NXsource,
/// one NXdetector per detector (detector_number with its shape, x/y/z_pixel_offset in m, depends_on) and one NXmonitor
/// per monitor. Each chain lives in the component's own <c>transformations</c> group; a step with logged values is an
/// NXlog. Events, where given, are an NXevent_data group named <c>events</c>.
/// </summary>
public static class NexusFileWriter
{
    public const string EntryPath = "/entry";
    public const string InstrumentPath = "/entry/instrument";

    public static void Write(string filePath, InstrumentContent content)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(filePath)) is { } folder)
            Directory.CreateDirectory(folder);
        ToFile(content).Write(filePath);
    }

    /// <summary>Writes the file to <paramref name="stream"/>, e.g. to read its geometry back without touching the disk.</summary>
    public static void Write(Stream stream, InstrumentContent content) => ToFile(content).Write(stream);

    private static H5File ToFile(InstrumentContent content)
    {
        CheckUniqueNames(content);
        var instrument = Group("NXinstrument");
        instrument["name"] = new H5Dataset(content.InstrumentName);
        instrument[content.Source.Name] = Component("NXsource", content.Source);
        foreach (var detector in content.Detectors)
            instrument[detector.Name] = Detector(detector);
        foreach (var monitor in content.Monitors)
            instrument[monitor.Name] = Component("NXmonitor", monitor);

        var entry = Group("NXentry");
        entry[content.Sample.Name] = Component("NXsample", content.Sample);
        entry["instrument"] = instrument;
        return new H5File { ["entry"] = entry };
    }

    private static void CheckUniqueNames(InstrumentContent content)
    {
        var names = content.Detectors.Select(d => d.Name)
            .Concat(content.Monitors.Select(m => m.Name))
            .Append(content.Source.Name)
            .Append("name");
        var duplicate = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"{InstrumentPath}/{duplicate.Key}: two components share this name");
        if (content.Sample.Name == "instrument")
            throw new ArgumentException($"{EntryPath}/instrument: the sample cannot be named like the NXinstrument");
    }

    private static H5Group Group(string nxClass)
    {
        var group = new H5Group();
        group.Attributes["NX_class"] = nxClass;
        return group;
    }

    private static H5Group Component(string nxClass, ComponentContent component)
    {
        var group = Group(nxClass);
        AddChain(group, component.Name, component.Chain);
        if (component.Events is { } events)
            group["events"] = EventData(component.Name, events);
        return group;
    }

    private static H5Group Detector(DetectorContent detector)
    {
        var pixels = detector.Shape.Aggregate(1L, (product, length) => product * length);
        if (pixels != detector.PixelCount)
            throw new ArgumentException(
                $"{detector.Name}: shape [{string.Join(", ", detector.Shape)}] holds {pixels} pixels, not {detector.PixelCount}");
        var fileDims = detector.Shape.Select(length => (ulong)length).ToArray();

        var group = Group("NXdetector");
        group["detector_number"] = new H5Dataset(detector.DetectorNumbers, fileDims: fileDims);
        AddPixelOffset(group, detector, "x_pixel_offset", detector.XPixelOffset, fileDims);
        AddPixelOffset(group, detector, "y_pixel_offset", detector.YPixelOffset, fileDims);
        AddPixelOffset(group, detector, "z_pixel_offset", detector.ZPixelOffset, fileDims);
        AddChain(group, detector.Name, detector.Chain);
        if (detector.Events is { } events)
            group["events"] = EventData(detector.Name, events);
        return group;
    }

    private static void AddPixelOffset(H5Group group, DetectorContent detector, string name, double[]? values, ulong[] fileDims)
    {
        if (values is null)
            return;
        if (values.Length != detector.PixelCount)
            throw new ArgumentException($"{detector.Name}/{name}: {values.Length} values for {detector.PixelCount} pixels");
        group[name] = new H5Dataset(values, fileDims: fileDims) { Attributes = { ["units"] = "m" } };
    }

    /// <summary>depends_on names the first step; each step names the next one, the last ends the chain with ".".</summary>
    private static void AddChain(H5Group group, string componentName, IReadOnlyList<TransformationStep> chain)
    {
        if (chain.Count == 0)
        {
            group["depends_on"] = new H5Dataset(".");
            return;
        }
        var duplicate = chain.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"{componentName}/transformations/{duplicate.Key}: two steps share this name");
        var transformations = Group("NXtransformations");
        for (var i = 0; i < chain.Count; i++)
            transformations[chain[i].Name] = Step(chain[i], i + 1 < chain.Count ? chain[i + 1].Name : ".");
        group["transformations"] = transformations;
        group["depends_on"] = new H5Dataset("transformations/" + chain[0].Name);
    }

    private static object Step(TransformationStep step, string next)
    {
        var type = step.Type == TransformationType.Translation ? "translation" : "rotation";
        double[] vector = [step.Vector.X, step.Vector.Y, step.Vector.Z];
        if (step.LoggedValues is not { } logged)
        {
            var dataset = new H5Dataset(step.Value);
            dataset.Attributes["transformation_type"] = type;
            dataset.Attributes["units"] = step.Units;
            dataset.Attributes["vector"] = vector;
            dataset.Attributes["depends_on"] = next;
            return dataset;
        }
        var value = new H5Dataset(logged.ToArray()) { Attributes = { ["units"] = step.Units } };
        var time = new H5Dataset(Enumerable.Range(0, logged.Count).Select(i => i * 1_000_000_000L).ToArray())
        {
            Attributes = { ["units"] = "ns" },
        };
        var log = Group("NXlog");
        log.Attributes["transformation_type"] = type;
        log.Attributes["vector"] = vector;
        log.Attributes["depends_on"] = next;
        log["value"] = value;
        log["time"] = time;
        return log;
    }

    private static H5Group EventData(string componentName, EventDataContent events)
    {
        if (events.EventTimeOffsetNs.Length != events.EventCount)
            throw new ArgumentException($"{componentName}/events: {events.EventCount} event ids but {events.EventTimeOffsetNs.Length} time offsets");
        if (events.EventIndex.Length != events.PulseCount)
            throw new ArgumentException($"{componentName}/events: {events.PulseCount} pulse times but {events.EventIndex.Length} event indices");
        var group = Group("NXevent_data");
        group["event_id"] = new H5Dataset(events.EventId);
        group["event_time_offset"] = new H5Dataset(events.EventTimeOffsetNs) { Attributes = { ["units"] = "ns" } };
        group["event_time_zero"] = new H5Dataset(events.EventTimeZeroNs) { Attributes = { ["units"] = "ns" } };
        group["event_index"] = new H5Dataset(events.EventIndex);
        return group;
    }
}
