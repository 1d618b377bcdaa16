namespace LiveData.Tests.Wire;

/// <summary>
/// Deep JSON comparison: same keys in the same order; integers compared exactly, other numbers as
/// doubles (both sides print the shortest round-tripping form, so equal doubles mean equal values).
/// </summary>
internal static class JsonAssert
{
    public static void Equivalent(string actual, string expected)
    {
        using var actualDocument = JsonDocument.Parse(actual);
        using var expectedDocument = JsonDocument.Parse(expected);
        FirstDifference(actualDocument.RootElement, expectedDocument.RootElement, "$").Should().BeNull();
    }

    private static string? FirstDifference(JsonElement actual, JsonElement expected, string path)
    {
        if (actual.ValueKind != expected.ValueKind)
        {
            return $"{path}: {actual.ValueKind} {actual.GetRawText()} where {expected.ValueKind} {expected.GetRawText()} was expected";
        }

        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                var actualKeys = actual.EnumerateObject().Select(p => p.Name).ToList();
                var expectedKeys = expected.EnumerateObject().Select(p => p.Name).ToList();
                if (!actualKeys.SequenceEqual(expectedKeys))
                {
                    return $"{path}: keys [{string.Join(", ", actualKeys)}] where [{string.Join(", ", expectedKeys)}] were expected";
                }

                return expectedKeys
                    .Select(key => FirstDifference(actual.GetProperty(key), expected.GetProperty(key), $"{path}.{key}"))
                    .FirstOrDefault(difference => difference is not null);
            case JsonValueKind.Array:
                if (actual.GetArrayLength() != expected.GetArrayLength())
                {
                    return $"{path}: {actual.GetArrayLength()} elements where {expected.GetArrayLength()} were expected";
                }

                return actual.EnumerateArray()
                    .Zip(expected.EnumerateArray())
                    .Select((pair, i) => FirstDifference(pair.First, pair.Second, $"{path}[{i}]"))
                    .FirstOrDefault(difference => difference is not null);
            case JsonValueKind.Number:
                var equal = IsInteger(actual) && IsInteger(expected)
                    ? actual.GetDecimal() == expected.GetDecimal()
                    : actual.GetDouble().Equals(expected.GetDouble());
                return equal ? null : $"{path}: {actual.GetRawText()} where {expected.GetRawText()} was expected";
            case JsonValueKind.String:
                return actual.GetString() == expected.GetString()
                    ? null
                    : $"{path}: \"{actual.GetString()}\" where \"{expected.GetString()}\" was expected";
            default:
                return null; // null, true, false: equal kinds are equal values.
        }
    }

    private static bool IsInteger(JsonElement number) => number.GetRawText().All(c => char.IsAsciiDigit(c) || c == '-');
}
