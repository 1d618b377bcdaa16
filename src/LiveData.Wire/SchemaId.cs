using System.Text;

namespace LiveData.Wire;

/// <summary>The four-character FlatBuffers file identifiers of the schemas LiveData speaks.</summary>
public static class SchemaId
{
    public const string Ev44 = "ev44";
    public const string Da00 = "da00";
    public const string F144 = "f144";
    public const string X5f2 = "x5f2";
    public const string Ad00 = "ad00";
    public const string Al00 = "al00";
    public const string Ep01 = "ep01";

    /// <summary>
    /// The file identifier (bytes 4..8) of <paramref name="payload"/>, or null when the payload
    /// is too short to hold one. Known identifiers come back as the constants above, without allocating.
    /// </summary>
    public static string? Identify(ReadOnlySpan<byte> payload)
    {
        if (payload.Length < 8)
        {
            return null;
        }

        var id = payload.Slice(4, 4);
        if (id.SequenceEqual("ev44"u8)) return Ev44;
        if (id.SequenceEqual("da00"u8)) return Da00;
        if (id.SequenceEqual("f144"u8)) return F144;
        if (id.SequenceEqual("x5f2"u8)) return X5f2;
        if (id.SequenceEqual("ad00"u8)) return Ad00;
        return Encoding.Latin1.GetString(id);
    }
}
