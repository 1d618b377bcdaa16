using PureHDF;

namespace LiveData.Tests.Geometry;

/// <summary>Small NeXus files written with PureHDF, in a temporary folder removed on dispose.</summary>
internal sealed class NexusFiles : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-geometry-");

    public string Write(H5File file)
    {
        var path = Path.Combine(_folder.FullName, $"{Guid.NewGuid():N}.nxs");
        file.Write(path);
        return path;
    }

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A group with its NX_class and children.</summary>
    public static H5Group Group(string nxClass, params (string Name, object Child)[] children)
    {
        var group = new H5Group();
        group.Attributes["NX_class"] = nxClass;
        foreach (var (name, child) in children)
            group[name] = child;
        return group;
    }

    public static H5File File(params (string Name, object Child)[] children)
    {
        var file = new H5File();
        foreach (var (name, child) in children)
            file[name] = child;
        return file;
    }

    /// <summary>A dataset with attributes (value given as name, value pairs).</summary>
    public static H5Dataset Dataset(object data, params (string Name, object Value)[] attributes)
    {
        var dataset = new H5Dataset(data);
        foreach (var (name, value) in attributes)
            dataset.Attributes[name] = value;
        return dataset;
    }

    /// <summary>A scalar transformation dataset.</summary>
    public static H5Dataset Transformation(string type, double value, string units, double[] vector, string dependsOn,
        params (string Name, object Value)[] more) =>
        Dataset(value, [("transformation_type", type), ("units", units), ("vector", vector), ("depends_on", dependsOn),
            .. more]);

    /// <summary>A transformation whose values come from an NXlog (attributes on the group, units on value).</summary>
    public static H5Group LoggedTransformation(string type, double[] values, string units, double[] vector,
        string dependsOn)
    {
        var log = Group("NXlog",
            ("value", Dataset(values, ("units", units))),
            ("time", Dataset(Enumerable.Range(0, values.Length).Select(i => (long)i * 1_000_000_000).ToArray(),
                ("units", "ns"))));
        log.Attributes["transformation_type"] = type;
        log.Attributes["vector"] = vector;
        log.Attributes["depends_on"] = dependsOn;
        return log;
    }
}
