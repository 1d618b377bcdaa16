using System.Globalization;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>An image's dimensions and sizes as scenarios write them: <c>"y=128, x=128"</c>, in order.</summary>
public static class ImageText
{
    /// <exception cref="FormatException">the text is not a list of dimension=size.</exception>
    public static IReadOnlyDictionary<string, long> Sizes(string sizes) =>
        sizes.Split(',', StringSplitOptions.TrimEntries)
            .Select(size => size.Split('=', StringSplitOptions.TrimEntries) is [var dim, var length]
                ? (dim, long.Parse(length, CultureInfo.InvariantCulture))
                : throw new FormatException($"'{sizes}' is not a list of dimension=size"))
            .ToDictionary(d => d.dim, d => d.Item2);

    /// <summary>The sizes written back the same way, in their order.</summary>
    public static string Format(IEnumerable<KeyValuePair<string, long>> sizes) =>
        string.Join(", ", sizes.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Key}={s.Value}")));
}
