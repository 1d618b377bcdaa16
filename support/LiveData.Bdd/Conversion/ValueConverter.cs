using System.Globalization;

namespace LiveData.Bdd;

/// <summary>
/// Converts step and table text to the built-in types bindings ask for. Culture-invariant on purpose:
/// a feature file means the same thing on every machine.
/// </summary>
internal static class ValueConverter
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static bool TryConvert(string text, Type targetType, out object? value)
    {
        var underlying = Nullable.GetUnderlyingType(targetType);
        if (underlying is not null)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                value = null;
                return true;
            }

            targetType = underlying;
        }

        value = Convert(text, targetType);
        return value is not null || targetType == typeof(string);
    }

    private static object? Convert(string text, Type targetType)
    {
        if (targetType == typeof(string) || targetType == typeof(object))
        {
            return text;
        }

        text = text.Trim();
        if (targetType.IsEnum)
        {
            // "dry run" reads better in Gherkin than DryRun; both name the same member.
            return Enum.TryParse(targetType, text.Replace(" ", string.Empty, StringComparison.Ordinal), ignoreCase: true, out var member)
                && Enum.IsDefined(targetType, member)
                ? member
                : null;
        }

        return Type.GetTypeCode(targetType) switch
        {
            TypeCode.Boolean => bool.TryParse(text, out var b) ? b : null,
            TypeCode.Int32 => int.TryParse(text, NumberStyles.Integer, Invariant, out var i) ? i : null,
            TypeCode.Int64 => long.TryParse(text, NumberStyles.Integer, Invariant, out var l) ? l : null,
            TypeCode.Int16 => short.TryParse(text, NumberStyles.Integer, Invariant, out var s) ? s : null,
            TypeCode.Byte => byte.TryParse(text, NumberStyles.Integer, Invariant, out var by) ? by : null,
            TypeCode.UInt32 => uint.TryParse(text, NumberStyles.Integer, Invariant, out var ui) ? ui : null,
            TypeCode.UInt64 => ulong.TryParse(text, NumberStyles.Integer, Invariant, out var ul) ? ul : null,
            TypeCode.Double => double.TryParse(text, NumberStyles.Float, Invariant, out var d) ? d : null,
            TypeCode.Single => float.TryParse(text, NumberStyles.Float, Invariant, out var f) ? f : null,
            TypeCode.Decimal => decimal.TryParse(text, NumberStyles.Number, Invariant, out var m) ? m : null,
            TypeCode.Char => text.Length == 1 ? text[0] : null,
            TypeCode.DateTime => DateTime.TryParse(text, Invariant, DateTimeStyles.RoundtripKind, out var dt) ? dt : null,
            _ => ConvertOther(text, targetType),
        };
    }

    private static object? ConvertOther(string text, Type targetType)
    {
        if (targetType == typeof(TimeSpan))
        {
            return TimeSpan.TryParse(text, Invariant, out var span) ? span : null;
        }

        if (targetType == typeof(DateTimeOffset))
        {
            return DateTimeOffset.TryParse(text, Invariant, DateTimeStyles.AssumeUniversal, out var offset) ? offset : null;
        }

        if (targetType == typeof(Guid))
        {
            return Guid.TryParse(text, out var guid) ? guid : null;
        }

        if (targetType == typeof(Uri))
        {
            return Uri.TryCreate(text, UriKind.RelativeOrAbsolute, out var uri) ? uri : null;
        }

        return null;
    }
}
