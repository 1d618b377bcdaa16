using System.Numerics;
using PureHDF;

namespace LiveData.Geometry.Nexus;

/// <summary>
/// Reads HDF5 values whatever their stored type: PureHDF does not convert between numeric types (reading an int32
/// dataset as long throws "Unable to decode values types of different type size"), so the caller's type is chosen
/// from the stored class, size and sign.
/// </summary>
internal static class Hdf5Values
{
    public static string? NxClass(IH5Object obj, string path) =>
        obj.AttributeExists("NX_class") ? ReadString(obj.Attribute("NX_class"), path + "@NX_class") : null;

    public static string? OptionalStringAttribute(IH5Object obj, string name, string path) =>
        obj.AttributeExists(name) ? ReadString(obj.Attribute(name), path + "@" + name) : null;

    public static string ReadString(IH5Attribute attribute, string where) =>
        ReadString(new AttributeSource(attribute), attribute.Type, attribute.Space, where);

    public static string ReadString(IH5Dataset dataset, string where) =>
        ReadString(new DatasetSource(dataset), dataset.Type, dataset.Space, where);

    public static double[] ReadDoubles(IH5Attribute attribute, string where) =>
        ReadNumbers<AttributeSource, double>(new AttributeSource(attribute), attribute.Type, where);

    public static double[] ReadDoubles(IH5Dataset dataset, string where) =>
        ReadNumbers<DatasetSource, double>(new DatasetSource(dataset), dataset.Type, where);

    public static long[] ReadIntegers(IH5Dataset dataset, string where)
    {
        if (dataset.Type.Class != H5DataTypeClass.FixedPoint)
            throw new NexusStructureException(where, $"expected integers, found {Describe(dataset.Type)}");
        return ReadNumbers<DatasetSource, long>(new DatasetSource(dataset), dataset.Type, where);
    }

    public static int[] Shape(IH5Dataspace space) =>
        space.Type == H5DataspaceType.Scalar ? [] : space.Dimensions.Select(d => checked((int)d)).ToArray();

    private static string ReadString<TSource>(TSource source, IH5DataType type, IH5Dataspace space, string where)
        where TSource : IValueSource
    {
        if (type.Class != H5DataTypeClass.String && type.Class != H5DataTypeClass.VariableLength)
            throw new NexusStructureException(where, $"expected a string, found {Describe(type)}");
        try
        {
            if (space.Type == H5DataspaceType.Scalar)
                return source.Read<string>() ?? "";
            var values = source.Read<string[]>();
            return values.Length == 1 ? values[0] ?? "" : throw new NexusStructureException(
                where, $"expected one string, found {values.Length}");
        }
        catch (Exception e) when (e is not NexusStructureException)
        {
            throw new NexusStructureException(where, $"cannot read the string ({e.Message})", e);
        }
    }

    private static T[] ReadNumbers<TSource, T>(TSource source, IH5DataType type, string where)
        where TSource : IValueSource
        where T : INumberBase<T>
    {
        try
        {
            return (type.Class, type.Size) switch
            {
                (H5DataTypeClass.FloatingPoint, 8) => Convert<double, T>(source.Read<double[]>()),
                (H5DataTypeClass.FloatingPoint, 4) => Convert<float, T>(source.Read<float[]>()),
                (H5DataTypeClass.FixedPoint, 8) when type.FixedPoint.IsSigned => Convert<long, T>(source.Read<long[]>()),
                (H5DataTypeClass.FixedPoint, 8) => Convert<ulong, T>(source.Read<ulong[]>()),
                (H5DataTypeClass.FixedPoint, 4) when type.FixedPoint.IsSigned => Convert<int, T>(source.Read<int[]>()),
                (H5DataTypeClass.FixedPoint, 4) => Convert<uint, T>(source.Read<uint[]>()),
                (H5DataTypeClass.FixedPoint, 2) when type.FixedPoint.IsSigned => Convert<short, T>(source.Read<short[]>()),
                (H5DataTypeClass.FixedPoint, 2) => Convert<ushort, T>(source.Read<ushort[]>()),
                (H5DataTypeClass.FixedPoint, 1) when type.FixedPoint.IsSigned => Convert<sbyte, T>(source.Read<sbyte[]>()),
                (H5DataTypeClass.FixedPoint, 1) => Convert<byte, T>(source.Read<byte[]>()),
                _ => throw new NexusStructureException(where, $"expected numbers, found {Describe(type)}"),
            };
        }
        catch (Exception e) when (e is not NexusStructureException)
        {
            throw new NexusStructureException(where, $"cannot read the numbers ({e.Message})", e);
        }
    }

    private static string Describe(IH5DataType type) => $"{type.Class} of {type.Size} bytes";

    private interface IValueSource
    {
        T Read<T>();
    }

    private readonly struct DatasetSource(IH5Dataset dataset) : IValueSource
    {
        public T Read<T>() => dataset.Read<T>();
    }

    private readonly struct AttributeSource(IH5Attribute attribute) : IValueSource
    {
        public T Read<T>() => attribute.Read<T>();
    }

    private static T[] Convert<TFrom, T>(TFrom[] values)
        where TFrom : INumberBase<TFrom>
        where T : INumberBase<T>
    {
        if (values is T[] same)
            return same;
        var result = new T[values.Length];
        for (var i = 0; i < values.Length; i++)
            result[i] = T.CreateChecked(values[i]);
        return result;
    }
}
