using PureHDF;

namespace LiveData.Workflows.Wavelength;

/// <summary>
/// Reads and writes a <see cref="WavelengthLookupTable"/> in upstream's file format: essreduce's
/// <c>LookupTable.save_hdf5</c>, which is scipp's HDF5 layout of a DataGroup {array, pulse_period, pulse_stride,
/// distance_resolution, time_resolution, choppers}. Each entry is a group <c>entries/elem_NNN_name</c> with a
/// <c>name</c> attribute; a Variable holds a dataset <c>values</c> (attributes dtype, unit, dims, shape, aligned) and,
/// when it has them, <c>variances</c>; a DataArray holds groups data, coords and masks. The chopper settings are
/// not read: with no choppers upstream leaves them out, and LiveData models none.
/// </summary>
public static class WavelengthLookupTableFile
{
    // The scipp release whose layout this follows; readers check that the attribute exists, not its value.
    private const string ScippVersion = "25.11.0";
    private const string Distance = "distance";
    private const string EventTimeOffset = "event_time_offset";

    // Compound members (the unit's __version__, multiplier, powers) take the names their fields declare.
    private static readonly H5WriteOptions WriteOptions = new(
        FieldNameMapper: field => field.GetCustomAttributes(typeof(H5NameAttribute), false) is [H5NameAttribute name, ..] ? name.Name : field.Name);

    /// <exception cref="InvalidDataException">the file is not a lookup table in upstream's format.</exception>
    public static WavelengthLookupTable Read(string path)
    {
        using var file = H5File.OpenRead(path);
        try
        {
            return ReadTable(file);
        }
        // PureHDF reports missing links and unexpected types with a range of exception types.
        catch (Exception e) when (e is not (InvalidDataException or OutOfMemoryException))
        {
            throw new InvalidDataException($"{path}: not a wavelength lookup table in upstream's format ({e.Message})", e);
        }
    }

    public static void Write(WavelengthLookupTable table, string path)
    {
        var file = new H5File();
        Header(file.Attributes, "DataGroup");
        var entries = new H5Group();
        file["entries"] = entries;
        var distances = table.DistancesM.ToArray();
        var offsetsUs = table.EventTimeOffsetsNs.Select(t => t / 1e3).ToArray();
        var array = new H5Group();
        Header(array.Attributes, "DataArray");
        array.Attributes["name"] = "";
        array["data"] = Variable([Distance, EventTimeOffset], [distances.Length, offsetsUs.Length], table.Wavelengths.ToArray(), table.Variances?.ToArray(), ScippUnit.Angstrom);
        array["coords"] = Entries(
            (Distance, Variable([Distance], [distances.Length], distances, null, ScippUnit.Metres)),
            (EventTimeOffset, Variable([EventTimeOffset], [offsetsUs.Length], offsetsUs, null, ScippUnit.Microseconds)));
        array["masks"] = new H5Group();
        AddEntries(entries,
            ("array", array),
            ("pulse_period", Scalar(table.PulsePeriodNs / 1e3, ScippUnit.Microseconds)),
            ("pulse_stride", Integer(table.PulseStride)),
            ("distance_resolution", Scalar(table.DistanceResolutionM, ScippUnit.Metres)),
            ("time_resolution", Scalar(table.TimeResolutionNs / 1e3, ScippUnit.Microseconds)));
        file.Write(path, WriteOptions);
    }

    private static WavelengthLookupTable ReadTable(IH5Group file)
    {
        RequireType(file, "DataGroup", "/");
        var entries = Named(file.Group("entries"), "/entries");
        var array = entries["array"];
        RequireType(array, "DataArray", "array");
        var coords = Named(array.Group("coords"), "array/coords");
        var (distanceDims, distanceValues, _, distanceSize) = ReadVariable(coords[Distance], "m", $"array/coords/{Distance}");
        var (offsetDims, offsetValues, _, offsetSize) = ReadVariable(coords[EventTimeOffset], "s", $"array/coords/{EventTimeOffset}");
        var (dataDims, wavelengths, variances, wavelengthSize) = ReadVariable(array.Group("data"), "m", "array/data");
        if (distanceDims is not [Distance] || offsetDims is not [EventTimeOffset])
        {
            throw new InvalidDataException($"the coords must be 1-d along their own dims, got {Distance}{Dims(distanceDims)} and {EventTimeOffset}{Dims(offsetDims)}");
        }
        var (rows, columns) = (distanceValues.Length, offsetValues.Length);
        var ordered = dataDims switch
        {
            [Distance, EventTimeOffset] => false,
            [EventTimeOffset, Distance] => true,
            _ => throw new InvalidDataException($"array/data must have dims ({Distance}, {EventTimeOffset}), got {Dims(dataDims)}"),
        };
        var toAngstrom = wavelengthSize / 1e-10;
        return new WavelengthLookupTable(
            Scaled(distanceValues, distanceSize),
            Scaled(offsetValues, offsetSize * 1e9),
            Scaled(ordered ? Transposed(wavelengths, columns, rows) : wavelengths, toAngstrom),
            variances is null ? null : Scaled(ordered ? Transposed(variances, columns, rows) : variances, toAngstrom * toAngstrom),
            ReadScalar(entries["pulse_period"], "s", "pulse_period") * 1e9,
            checked((int)ReadInteger(entries["pulse_stride"], "pulse_stride")),
            ReadScalar(entries["distance_resolution"], "m", "distance_resolution"),
            ReadScalar(entries["time_resolution"], "s", "time_resolution") * 1e9);
    }

    private static void Header(IDictionary<string, object> attributes, string type)
    {
        attributes["scipp-version"] = ScippVersion;
        attributes["scipp-type"] = type;
    }

    private static H5Group Variable(string[] dims, long[] shape, double[] values, double[]? variances, H5Attribute unit)
    {
        var group = new H5Group();
        Header(group.Attributes, "Variable");
        var dataset = new H5Dataset(values, fileDims: [.. shape.Select(n => (ulong)n)]);
        dataset.Attributes["dtype"] = "float64";
        dataset.Attributes["unit"] = unit;
        dataset.Attributes["dims"] = dims;
        dataset.Attributes["shape"] = shape;
        dataset.Attributes["aligned"] = true;
        group["values"] = dataset;
        if (variances is not null)
        {
            group["variances"] = new H5Dataset(variances, fileDims: [.. shape.Select(n => (ulong)n)]);
        }
        return group;
    }

    private static H5Group Scalar(double value, H5Attribute unit)
    {
        var group = new H5Group();
        Header(group.Attributes, "Variable");
        var dataset = new H5Dataset(value);
        dataset.Attributes["dtype"] = "float64";
        dataset.Attributes["unit"] = unit;
        dataset.Attributes["dims"] = Array.Empty<string>();
        dataset.Attributes["shape"] = Array.Empty<long>();
        dataset.Attributes["aligned"] = true;
        group["values"] = dataset;
        return group;
    }

    // A Python int, as scipp writes one: its type name and the value in a dataset "entry".
    private static H5Group Integer(long value)
    {
        var group = new H5Group();
        Header(group.Attributes, "int");
        group["entry"] = new H5Dataset(value);
        return group;
    }

    private static H5Group Entries(params (string Name, H5Group Group)[] items)
    {
        var group = new H5Group();
        AddEntries(group, items);
        return group;
    }

    // scipp names each member elem_<index>_<name> and keeps the real name in an attribute.
    private static void AddEntries(H5Group parent, params (string Name, H5Group Group)[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            items[i].Group.Attributes["name"] = items[i].Name;
            parent[$"elem_{i:D3}_{items[i].Name}"] = items[i].Group;
        }
    }

    private static Dictionary<string, IH5Group> Named(IH5Group group, string where)
    {
        var named = new Dictionary<string, IH5Group>();
        foreach (var child in group.Children())
        {
            if (child is IH5Group member && member.AttributeExists("name"))
            {
                named[member.Attribute("name").Read<string>()] = member;
            }
        }
        return named.Count > 0 ? named : throw new InvalidDataException($"{where}: no named entries");
    }

    private static void RequireType(IH5Object obj, string type, string where)
    {
        if (!obj.AttributeExists("scipp-version") || !obj.AttributeExists("scipp-type"))
        {
            throw new InvalidDataException($"{where}: not written by scipp (no scipp-version and scipp-type attributes)");
        }
        var found = obj.Attribute("scipp-type").Read<string>();
        if (found != type)
        {
            throw new InvalidDataException($"{where}: expected a scipp {type}, found a {found}");
        }
    }

    private static (string[] Dims, double[] Values, double[]? Variances, double UnitSize) ReadVariable(IH5Group group, string unitBase, string where)
    {
        RequireType(group, "Variable", where);
        var values = group.Dataset("values");
        var dtype = values.Attribute("dtype").Read<string>();
        if (dtype != "float64")
        {
            throw new InvalidDataException($"{where}: expected float64 values, found {dtype}");
        }
        var dims = values.Attribute("dims").Type.Class == H5DataTypeClass.String || values.Attribute("dims").Type.Class == H5DataTypeClass.VariableLength
            ? values.Attribute("dims").Read<string[]>()
            : [];
        var variances = group.LinkExists("variances") ? group.Dataset("variances").Read<double[]>() : null;
        return (dims, values.Read<double[]>(), variances, ScippUnit.Size(values, unitBase, where));
    }

    private static double ReadScalar(IH5Group group, string unitBase, string where)
    {
        var (dims, values, _, size) = ReadVariable(group, unitBase, where);
        return dims.Length == 0 && values.Length == 1 ? values[0] * size : throw new InvalidDataException($"{where}: expected a scalar, got dims {Dims(dims)}");
    }

    private static long ReadInteger(IH5Group group, string where)
    {
        RequireType(group, "int", where);
        return group.Dataset("entry").Read<long>();
    }

    private static double[] Scaled(double[] values, double factor) => factor == 1.0 ? values : Array.ConvertAll(values, v => v * factor);

    private static double[] Transposed(double[] values, int rows, int columns)
    {
        var result = new double[values.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                result[c * rows + r] = values[r * columns + c];
            }
        }
        return result;
    }

    private static string Dims(string[] dims) => $"({string.Join(", ", dims)})";
}
