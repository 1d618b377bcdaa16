using PureHDF;

namespace LiveData.Workflows.Wavelength;

/// <summary>
/// Units as scipp writes them to HDF5: a compound attribute <c>unit</c> = {__version__, multiplier, powers{base: power}}
/// (scipp's <c>Unit.to_dict</c>), or a plain string in older files. Only the lengths and times a lookup table holds
/// are understood; their size is given in metres or seconds.
/// </summary>
internal static class ScippUnit
{
    private const long DictVersion = 2;

    public static H5Attribute Metres => Length(1.0);

    public static H5Attribute Angstrom => Length(1e-10);

    public static H5Attribute Microseconds => new(new UnitRecord<TimePowers>(DictVersion, 1e-6, new TimePowers(1)));

    /// <summary>How many metres (base "m") or seconds (base "s") one of the unit stored on <paramref name="values"/> is.</summary>
    /// <exception cref="InvalidDataException">no unit, or not a length or time as <paramref name="expectedBase"/> asks.</exception>
    public static double Size(IH5Dataset values, string expectedBase, string where)
    {
        if (!values.AttributeExists("unit"))
        {
            throw new InvalidDataException($"{where}: no unit");
        }
        var attribute = values.Attribute("unit");
        var (size, unitBase) = attribute.Type.Class == H5DataTypeClass.Compound ? FromDict(attribute, where) : FromName(attribute.Read<string>(), where);
        return unitBase == expectedBase
            ? size
            : throw new InvalidDataException($"{where}: expected a unit of {(expectedBase == "m" ? "length" : "time")}, got one of {unitBase}");
    }

    private static H5Attribute Length(double metres) => new(new UnitRecord<LengthPowers>(DictVersion, metres, new LengthPowers(1)));

    private static (double Size, string Base) FromDict(IH5Attribute attribute, string where)
    {
        var dict = attribute.Read<Dictionary<string, object?>>();
        var multiplier = Convert.ToDouble(dict["multiplier"], System.Globalization.CultureInfo.InvariantCulture);
        var powers = dict.TryGetValue("powers", out var p) && p is Dictionary<string, object?> found ? found : [];
        var nonZero = powers.Where(kv => Convert.ToInt64(kv.Value, System.Globalization.CultureInfo.InvariantCulture) != 0).ToList();
        return nonZero is [{ Key: "m" or "s" } only] && Convert.ToInt64(only.Value, System.Globalization.CultureInfo.InvariantCulture) == 1
            ? (multiplier, only.Key)
            : throw new InvalidDataException($"{where}: the unit with powers {{{string.Join(", ", nonZero.Select(kv => $"{kv.Key}: {kv.Value}"))}}} is neither a length nor a time");
    }

    private static (double Size, string Base) FromName(string name, string where) => name switch
    {
        "m" => (1.0, "m"),
        "mm" => (1e-3, "m"),
        "cm" => (1e-2, "m"),
        "nm" => (1e-9, "m"),
        "Å" or "angstrom" => (1e-10, "m"),
        "s" => (1.0, "s"),
        "ms" => (1e-3, "s"),
        "us" or "µs" or "μs" => (1e-6, "s"),
        "ns" => (1e-9, "s"),
        _ => throw new InvalidDataException($"{where}: unknown unit '{name}'"),
    };

    private struct LengthPowers(long metre)
    {
        [H5Name("m")]
        public long Metre = metre;
    }

    private struct TimePowers(long second)
    {
        [H5Name("s")]
        public long Second = second;
    }

    private struct UnitRecord<TPowers>(long version, double multiplier, TPowers powers)
        where TPowers : struct
    {
        [H5Name("__version__")]
        public long Version = version;

        [H5Name("multiplier")]
        public double Multiplier = multiplier;

        [H5Name("powers")]
        public TPowers Powers = powers;
    }
}
