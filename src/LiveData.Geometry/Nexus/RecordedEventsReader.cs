using PureHDF;

namespace LiveData.Geometry.Nexus;

/// <summary>
/// Reads the recorded NXevent_data of a run as upstream's fakes do (scippnexus, <c>--nexus-file</c>): the first
/// NXinstrument of the NXentry, its NXdetector groups (also those inside NXdetector_group) and its NXmonitor groups;
/// a group with no NXevent_data, or several, is left out. Groups come in name order, as h5py lists them. Times are
/// converted to ns from their <c>units</c> (ns when absent). Missing or malformed structure, or a file that is not
/// HDF5, throws <see cref="NexusStructureException"/> naming the path.
/// </summary>
public static class RecordedEventsReader
{
    public static RecordedRun Read(string filePath)
    {
        if (!File.Exists(filePath))
            throw new FileNotFoundException($"{filePath}: no such NeXus file", filePath);
        try
        {
            using var file = H5File.OpenRead(filePath);
            return Read(file, filePath);
        }
        catch (NexusStructureException e)
        {
            throw new InvalidDataException($"{filePath}: {e.Message}", e);
        }
        catch (Exception e) when (e is not InvalidDataException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"{filePath}: not a readable HDF5/NeXus file ({e.Message})", e);
        }
    }

    public static RecordedRun Read(Stream stream)
    {
        using var file = H5File.Open(stream, leaveOpen: true);
        return Read(file, "(stream)");
    }

    private static RecordedRun Read(IH5Group root, string filePath)
    {
        var entryPath = NexusGeometryReader.FindEntry(root);
        var entry = root.Group(entryPath.TrimStart('/'));
        var instrument = ChildGroups(entry, entryPath).FirstOrDefault(c => c.NxClass == "NXinstrument");
        if (instrument.Group is null)
            throw new NexusStructureException(entryPath, "no NXinstrument group");
        var instrumentChildren = ChildGroups(instrument.Group, instrument.Path).ToList();
        var detectors = instrumentChildren.Where(c => c.NxClass == "NXdetector")
            .Concat(instrumentChildren.Where(c => c.NxClass == "NXdetector_group")
                .SelectMany(g => ChildGroups(g.Group, g.Path).Where(c => c.NxClass == "NXdetector")));
        var monitors = instrumentChildren.Where(c => c.NxClass == "NXmonitor");
        return new RecordedRun(filePath, Events(detectors), Events(monitors));
    }

    private static List<RecordedEvents> Events(IEnumerable<(IH5Group Group, string Path, string? NxClass)> components) =>
        components
            .OrderBy(c => c.Group.Name, StringComparer.Ordinal)
            .Select(c => (c.Group.Name, EventData: ChildGroups(c.Group, c.Path).Where(e => e.NxClass == "NXevent_data").ToList()))
            .Where(c => c.EventData.Count == 1)
            .Select(c => ReadEventData(c.Name, c.EventData[0].Group, c.EventData[0].Path))
            .ToList();

    private static IEnumerable<(IH5Group Group, string Path, string? NxClass)> ChildGroups(IH5Group group, string path)
    {
        foreach (var child in group.Children())
        {
            if (child is IH5Group childGroup)
            {
                var childPath = NexusPath.Child(path, childGroup.Name);
                yield return (childGroup, childPath, Hdf5Values.NxClass(childGroup, childPath));
            }
        }
    }

    private static RecordedEvents ReadEventData(string name, IH5Group group, string path)
    {
        var eventId = Dataset(group, path, "event_id");
        var offset = Dataset(group, path, "event_time_offset");
        var zero = Dataset(group, path, "event_time_zero");
        var index = Dataset(group, path, "event_index");
        var ids = Hdf5Values.ReadIntegers(eventId, path + "/event_id").Select(v => checked((int)v)).ToArray();
        var offsetScale = NsPerUnit(offset, path + "/event_time_offset");
        var offsets = Hdf5Values.ReadDoubles(offset, path + "/event_time_offset")
            .Select(v => checked((int)Math.Round(v * offsetScale))).ToArray();
        var zeroScale = NsPerUnit(zero, path + "/event_time_zero");
        var pulses = zero.Type.Class == H5DataTypeClass.FixedPoint
            ? Hdf5Values.ReadIntegers(zero, path + "/event_time_zero").Select(v => checked(v * (long)zeroScale)).ToArray()
            : Hdf5Values.ReadDoubles(zero, path + "/event_time_zero").Select(v => checked((long)Math.Round(v * zeroScale))).ToArray();
        var indices = Hdf5Values.ReadIntegers(index, path + "/event_index");
        return new RecordedEvents(name, path, ids, offsets, pulses, indices);
    }

    private static IH5Dataset Dataset(IH5Group group, string path, string name)
    {
        if (!group.LinkExists(name) || group.Get(name) is not IH5Dataset dataset)
            throw new NexusStructureException(NexusPath.Child(path, name), "missing dataset (NXevent_data needs event_id, event_time_offset, event_time_zero and event_index)");
        return dataset;
    }

    private static double NsPerUnit(IH5Dataset dataset, string path) =>
        Hdf5Values.OptionalStringAttribute(dataset, "units", path) switch
        {
            null or "" or "ns" => 1,
            "us" or "µs" or "microsecond" or "microseconds" => 1e3,
            "ms" or "millisecond" or "milliseconds" => 1e6,
            "s" or "second" or "seconds" => 1e9,
            var unit => throw new NexusStructureException(path + "@units", $"unsupported time unit \"{unit}\" (expected ns, us, ms or s)"),
        };
}
