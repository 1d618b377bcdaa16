using PureHDF;

namespace LiveData.Geometry.Nexus;

/// <summary>
/// Reads instrument geometry from a NeXus (HDF5) file: every NXdetector under the NXinstrument (detector_number,
/// x/y/z_pixel_offset, depends_on), every NXmonitor, the NXsample and the NXsource of the NXentry, with their
/// transformation chains resolved as NeXus and scippnexus do. Missing or malformed structure throws
/// <see cref="NexusStructureException"/> naming the path in the file.
/// </summary>
public static class NexusGeometryReader
{
    private const int MaxDepth = 16;
    private const int MaxChainLength = 256;

    public static InstrumentGeometry Read(string filePath)
    {
        using var file = H5File.OpenRead(filePath);
        return Read(file);
    }

    public static InstrumentGeometry Read(Stream stream)
    {
        using var file = H5File.Open(stream, leaveOpen: true);
        return Read(file);
    }

    private static InstrumentGeometry Read(IH5Group root)
    {
        var entryPath = FindEntry(root);
        var found = new Found();
        Walk(root.Group(entryPath.TrimStart('/')), entryPath, insideInstrument: false, depth: 0, found);

        var detectors = found.Detectors.Select(p => ReadDetector(root, p)).ToList();
        var monitors = found.Monitors.Select(p => ReadComponent(root, p, required: true)).ToList();
        var sample = Single(found.Samples, "NXsample", entryPath) is { } samplePath
            ? ReadComponent(root, samplePath, required: false)
            : new ComponentGeometry("sample", NexusPath.Child(entryPath, "sample"), TransformationChain.Empty);
        var source = Single(found.Sources, "NXsource", entryPath) is { } sourcePath
            ? ReadComponent(root, sourcePath, required: true)
            : null;
        return new InstrumentGeometry(detectors, monitors, sample, source);
    }

    private sealed class Found
    {
        public List<string> Detectors { get; } = [];
        public List<string> Monitors { get; } = [];
        public List<string> Samples { get; } = [];
        public List<string> Sources { get; } = [];
    }

    internal static string FindEntry(IH5Group root)
    {
        var entries = new List<string>();
        foreach (var child in root.Children())
        {
            if (child is IH5Group group && Hdf5Values.NxClass(group, "/" + group.Name) == "NXentry")
                entries.Add("/" + group.Name);
        }
        return entries.Count switch
        {
            0 => throw new NexusStructureException("/", "no NXentry group (a group with NX_class = \"NXentry\")"),
            1 => entries[0],
            _ => entries.Contains("/entry") ? "/entry" : throw new NexusStructureException("/",
                $"several NXentry groups ({string.Join(", ", entries)}) and none is /entry"),
        };
    }

    private static void Walk(IH5Group group, string path, bool insideInstrument, int depth, Found found)
    {
        if (depth > MaxDepth)
            return;
        foreach (var child in group.Children())
        {
            if (child is not IH5Group childGroup)
                continue;
            var childPath = NexusPath.Child(path, childGroup.Name);
            switch (Hdf5Values.NxClass(childGroup, childPath))
            {
                case "NXdetector":
                    if (insideInstrument)
                        found.Detectors.Add(childPath);
                    break;
                case "NXmonitor":
                    found.Monitors.Add(childPath);
                    break;
                case "NXsample":
                    found.Samples.Add(childPath);
                    break;
                case "NXsource":
                    found.Sources.Add(childPath);
                    break;
                case "NXinstrument":
                    Walk(childGroup, childPath, insideInstrument: true, depth + 1, found);
                    break;
                case "NXtransformations" or "NXlog" or "NXevent_data" or "NXdata" or "NXoff_geometry"
                    or "NXcylindrical_geometry":
                    break;
                default:
                    Walk(childGroup, childPath, insideInstrument, depth + 1, found);
                    break;
            }
        }
    }

    private static string? Single(List<string> paths, string nxClass, string entryPath) => paths.Count switch
    {
        0 => null,
        1 => paths[0],
        _ => throw new NexusStructureException(entryPath,
            $"several {nxClass} groups ({string.Join(", ", paths)}); expected one"),
    };

    private static DetectorGeometry ReadDetector(IH5Group root, string path)
    {
        var group = root.Group(path.TrimStart('/'));
        var numbersPath = NexusPath.Child(path, "detector_number");
        if (!group.LinkExists("detector_number"))
            throw new NexusStructureException(path, "NXdetector has no 'detector_number' dataset");
        var numbersDataset = RequireDataset(group, "detector_number", numbersPath);
        var numbers = Hdf5Values.ReadIntegers(numbersDataset, numbersPath);
        var shape = Hdf5Values.Shape(numbersDataset.Space);

        var x = ReadPixelOffset(group, path, "x_pixel_offset", shape, numbers.Length);
        var y = ReadPixelOffset(group, path, "y_pixel_offset", shape, numbers.Length);
        var z = ReadPixelOffset(group, path, "z_pixel_offset", shape, numbers.Length);
        var offsets = new Vector3d[numbers.Length];
        for (var i = 0; i < offsets.Length; i++)
            offsets[i] = new Vector3d(x?[i] ?? 0, y?[i] ?? 0, z?[i] ?? 0);

        var chain = ReadDependsOn(root, group, path, required: true);
        return new DetectorGeometry(NexusPath.Name(path), path, numbers, shape, offsets, chain, ReadPixelCylinder(group, path));
    }

    // A pixel_shape that is one cylinder (three vertices); other shapes (NXoff_geometry, several cylinders) are not
    // needed by any workflow and are left out.
    private static PixelCylinder? ReadPixelCylinder(IH5Group detector, string detectorPath)
    {
        if (!detector.LinkExists("pixel_shape") || detector.Get("pixel_shape") is not IH5Group shape)
            return null;
        var shapePath = NexusPath.Child(detectorPath, "pixel_shape");
        if (Hdf5Values.NxClass(shape, shapePath) != "NXcylindrical_geometry" || !shape.LinkExists("vertices"))
            return null;
        var path = NexusPath.Child(shapePath, "vertices");
        var dataset = RequireDataset(shape, "vertices", path);
        var units = Hdf5Values.OptionalStringAttribute(dataset, "units", path)
            ?? throw new NexusStructureException(path, "pixel shape vertices have no 'units' attribute");
        var metresPer = Units.MetresPer(units)
            ?? throw new NexusStructureException(path, $"unit '{units}' is not a length (m, cm, mm)");
        var values = Hdf5Values.ReadDoubles(dataset, path);
        if (values.Length != 9)
            return null;
        Vector3d Vertex(int i) => metresPer * new Vector3d(values[3 * i], values[3 * i + 1], values[3 * i + 2]);
        return new PixelCylinder(Vertex(0), Vertex(1), Vertex(2));
    }

    private static double[]? ReadPixelOffset(IH5Group detector, string detectorPath, string name, int[] shape,
        int pixelCount)
    {
        if (!detector.LinkExists(name))
            return null;
        var path = NexusPath.Child(detectorPath, name);
        var dataset = RequireDataset(detector, name, path);
        var units = Hdf5Values.OptionalStringAttribute(dataset, "units", path)
            ?? throw new NexusStructureException(path, "pixel offset has no 'units' attribute");
        var metresPer = Units.MetresPer(units)
            ?? throw new NexusStructureException(path, $"unit '{units}' is not a length (m, cm, mm)");
        var values = Hdf5Values.ReadDoubles(dataset, path);
        if (values.Length == 0)
            throw new NexusStructureException(path, "pixel offset is empty");
        var perPixel = PixelOffsetBroadcast.ToPixels(values, Hdf5Values.Shape(dataset.Space), shape, pixelCount, path);
        if (ReferenceEquals(perPixel, values))
            perPixel = (double[])values.Clone();
        for (var i = 0; i < perPixel.Length; i++)
            perPixel[i] *= metresPer;
        return perPixel;
    }

    private static ComponentGeometry ReadComponent(IH5Group root, string path, bool required)
    {
        var group = root.Group(path.TrimStart('/'));
        return new ComponentGeometry(NexusPath.Name(path), path, ReadDependsOn(root, group, path, required));
    }

    /// <summary>The chain named by the group's depends_on dataset; relative targets start at the group itself.</summary>
    private static TransformationChain ReadDependsOn(IH5Group root, IH5Group component, string componentPath,
        bool required)
    {
        var dependsOnPath = NexusPath.Child(componentPath, "depends_on");
        if (!component.LinkExists("depends_on"))
        {
            return required
                ? throw new NexusStructureException(componentPath,
                    $"{Hdf5Values.NxClass(component, componentPath)} has no 'depends_on' dataset")
                : TransformationChain.Empty;
        }
        var target = Hdf5Values.ReadString(RequireDataset(component, "depends_on", dependsOnPath), dependsOnPath);
        return ResolveChain(root, dependsOnPath, ResolveTarget(componentPath, target, dependsOnPath));
    }

    private static string? ResolveTarget(string baseGroup, string target, string where)
    {
        target = target.Trim();
        if (target is "." or "")
            return target == "." ? null : throw new NexusStructureException(where, "depends_on is empty");
        try
        {
            return NexusPath.Resolve(baseGroup, target);
        }
        catch (ArgumentException e)
        {
            throw new NexusStructureException(where, e.Message, e);
        }
    }

    private static TransformationChain ResolveChain(IH5Group root, string referrer, string? first)
    {
        if (first is null)
            return TransformationChain.Empty;
        var links = new List<Transformation>();
        var seen = new HashSet<string>();
        for (var next = first; next is not null; next = links[^1].DependsOn)
        {
            if (!seen.Add(next) || links.Count >= MaxChainLength)
                throw new NexusStructureException(referrer, $"depends_on chain loops back to '{next}'");
            if (!Exists(root, next))
                throw new NexusStructureException(referrer, $"depends_on points to '{next}', which does not exist");
            links.Add(ReadTransformation(root, next));
            referrer = next + "@depends_on";
        }
        return new TransformationChain(links);
    }

    private static bool Exists(IH5Group root, string absolutePath)
    {
        try
        {
            return root.LinkExists(absolutePath);
        }
        catch (Exception)
        {
            return false;
        }
    }

    /// <summary>
    /// A transformation dataset, or an NXlog group whose attributes describe the transformation and whose
    /// <c>value</c> dataset holds the values (the first one is taken).
    /// </summary>
    private static Transformation ReadTransformation(IH5Group root, string path)
    {
        var obj = root.Get(path.TrimStart('/'));
        IH5Dataset valueDataset;
        string valuePath;
        bool isLog;
        switch (obj)
        {
            case IH5Dataset dataset:
                (valueDataset, valuePath, isLog) = (dataset, path, false);
                break;
            case IH5Group group:
                if (!group.LinkExists("value"))
                    throw new NexusStructureException(path, "transformation group (NXlog) has no 'value' dataset");
                valuePath = NexusPath.Child(path, "value");
                (valueDataset, isLog) = (RequireDataset(group, "value", valuePath), true);
                break;
            default:
                throw new NexusStructureException(path, "transformation is neither a dataset nor an NXlog group");
        }

        var typeName = Hdf5Values.OptionalStringAttribute(obj, "transformation_type", path)
            ?? throw new NexusStructureException(path, "transformation has no 'transformation_type' attribute");
        var type = typeName.Trim() switch
        {
            "translation" => TransformationType.Translation,
            "rotation" => TransformationType.Rotation,
            _ => throw new NexusStructureException(path,
                $"transformation_type '{typeName}' is neither 'translation' nor 'rotation'"),
        };

        if (!obj.AttributeExists("vector"))
            throw new NexusStructureException(path, $"{typeName} has no 'vector' attribute");
        var vector = ReadVector(obj.Attribute("vector"), path + "@vector");

        var units = Hdf5Values.OptionalStringAttribute(valueDataset, "units", valuePath)
            ?? Hdf5Values.OptionalStringAttribute(obj, "units", path)
            ?? throw new NexusStructureException(path, $"{typeName} has no 'units' attribute");
        var known = type == TransformationType.Translation ? Units.MetresPer(units) : Units.RadiansPer(units);
        if (known is null)
        {
            throw new NexusStructureException(path, type == TransformationType.Translation
                ? $"translation unit '{units}' is not a length (m, cm, mm)"
                : $"rotation unit '{units}' is not an angle (deg, rad)");
        }

        var values = Hdf5Values.ReadDoubles(valueDataset, valuePath);
        if (values.Length == 0)
            throw new NexusStructureException(valuePath, $"{typeName} has no value");

        var offset = Vector3d.Zero;
        if (obj.AttributeExists("offset"))
        {
            var offsetUnits = Hdf5Values.OptionalStringAttribute(obj, "offset_units", path)
                ?? throw new NexusStructureException(path, "has an 'offset' but no 'offset_units' attribute");
            var metresPer = Units.MetresPer(offsetUnits)
                ?? throw new NexusStructureException(path, $"offset_units '{offsetUnits}' is not a length (m, cm, mm)");
            offset = metresPer * ReadVector(obj.Attribute("offset"), path + "@offset");
        }

        var dependsOn = Hdf5Values.OptionalStringAttribute(obj, "depends_on", path)
            ?? throw new NexusStructureException(path, $"{typeName} has no 'depends_on' attribute (\".\" ends a chain)");
        var next = ResolveTarget(NexusPath.Parent(path), dependsOn, path + "@depends_on");
        return new Transformation(path, type, values[0], units.Trim(), vector, offset, next, isLog);
    }

    private static Vector3d ReadVector(IH5Attribute attribute, string where)
    {
        var values = Hdf5Values.ReadDoubles(attribute, where);
        return values.Length == 3
            ? new Vector3d(values[0], values[1], values[2])
            : throw new NexusStructureException(where, $"expected 3 components, found {values.Length}");
    }

    private static IH5Dataset RequireDataset(IH5Group group, string name, string path) =>
        group.Get(name) as IH5Dataset ?? throw new NexusStructureException(path, "expected a dataset, found a group");
}
