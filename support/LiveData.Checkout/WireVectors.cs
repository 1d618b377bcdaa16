namespace LiveData.Checkout;

/// <summary>
/// The golden messages made by ESS's official serialisers: <c>shared/wire-vectors</c>, found in the start folder or
/// above it (beside the checkout on the development machines and in CI).
/// </summary>
public static class WireVectors
{
    /// <summary>The first <c>shared/wire-vectors</c> at or above <paramref name="startDirectory"/>, or null.</summary>
    public static string? Locate(string startDirectory) =>
        Ancestors.Of(startDirectory).Select(d => Path.Combine(d, "shared", "wire-vectors")).FirstOrDefault(Directory.Exists);
}
