using LiveData.Core.Data;
using LiveData.Wire;
using LiveData.Wire.Da00;

namespace LiveData.Protocol.Results;

/// <summary>
/// The DataArray ↔ da00 mapping upstream uses for results: values in <c>signal</c> (label = the array's
/// name), standard deviations in <c>errors</c>, every coordinate as a variable of its own.
/// </summary>
public static class DataArrayDa00
{
    public const string Signal = "signal";
    public const string Errors = "errors";

    public static Da00DataArray ToDa00(string sourceName, long timestamp, DataArray array)
    {
        var variables = new List<Da00Variable> { ToDa00Variable(Signal, array.Data, array.Name) };
        if (array.Data.Variances is { } variances)
        {
            variables.Add(Da00Variable.Doubles(Errors, array.Data.Unit, array.Data.Dims, array.Data.Shape, Array.ConvertAll(variances, Math.Sqrt)));
        }
        variables.AddRange(array.Coords.Select(c => ToDa00Variable(c.Key, c.Value, null)));
        return new Da00DataArray(sourceName, timestamp, variables);
    }

    /// <summary>Rebuilds the DataArray; coordinates whose dims are not among the signal's dims are dropped, as upstream does.</summary>
    /// <exception cref="WireFormatException">the message is well framed but not a consistent DataArray.</exception>
    public static DataArray FromDa00(Da00DataArray message)
    {
        try
        {
            return Build(message);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            throw new WireFormatException($"da00 '{message.SourceName}' is not a consistent DataArray: {e.Message}");
        }
    }

    private static DataArray Build(Da00DataArray message)
    {
        var signal = message.Find(Signal) ?? throw new WireFormatException($"da00 '{message.SourceName}' has no '{Signal}' variable");
        var errors = message.Find(Errors);
        var variances = errors is null ? null : Array.ConvertAll(errors.ToDoubles(), e => e * e);
        var data = FromDa00Variable(signal, variances);
        var coords = message.Variables
            .Where(v => v.Name is not (Signal or Errors) && v.DataType != Da00DataType.CString && v.Axes.All(data.Dims.Contains))
            .Select(v => new KeyValuePair<string, Variable>(v.Name, FromDa00Variable(v, null)));
        return new DataArray(signal.Label ?? "", data, [.. coords]);
    }

    private static Da00Variable ToDa00Variable(string name, Variable variable, string? label) =>
        variable.IsFloat ? Da00Variable.Doubles(name, variable.Unit, variable.Dims, variable.Shape, variable.DoubleValues, label)
        : variable.IsInt32 ? Da00Variable.Int32s(name, variable.Unit, variable.Dims, variable.Shape, Array.ConvertAll(variable.Int64Values.ToArray(), v => (int)v), label)
        : Da00Variable.Int64s(name, variable.Unit, variable.Dims, variable.Shape, variable.Int64Values, label);

    private static Variable FromDa00Variable(Da00Variable variable, double[]? variances)
    {
        // Some serialisers write 0-D values with shape [1]; treat the axes as authoritative.
        IReadOnlyList<long> shape = variable.Axes.Count == 0 ? [] : variable.Shape;
        return variable.DataType switch
        {
            Da00DataType.Float32 or Da00DataType.Float64 or Da00DataType.UInt64 => Variable.Doubles(variable.Axes, shape, variable.Unit, variable.ToDoubles(), variances),
            Da00DataType.Int32 => Variable.Int32s(variable.Axes, shape, variable.Unit, Array.ConvertAll(variable.ToInt64s(), v => (int)v)),
            _ => Variable.Int64s(variable.Axes, shape, variable.Unit, variable.ToInt64s()),
        };
    }
}
