using LiveData.Checkout;

namespace LiveData.Tests.Wire;

/// <summary>
/// Golden messages made by ESS's Python serialisers, with their JSON dumps. They live in
/// shared/wire-vectors, a sibling of the repository checkout.
/// </summary>
internal static class WireVectors
{
    public static readonly string[] Names =
    [
        "ev44_monitor_small",
        "ev44_detector_two_pulses",
        "ev44_detector_large",
        "ev44_empty",
        "da00_monitor_histogram",
        "da00_image_int32",
        "da00_scalar_with_string_attr",
        "f144_double",
        "f144_double_array",
        "f144_int",
        "x5f2_status",
    ];

    private static readonly Lazy<string> Directory = new(Locate);

    public static TheoryData<string> All => new(Names);

    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(Directory.Value, name + ".bin"));

    public static string Json(string name) => File.ReadAllText(Path.Combine(Directory.Value, name + ".json"));

    private static string Locate() => Checkout.WireVectors.Locate(RepositoryRoot.OfTestAssembly()) ?? throw new DirectoryNotFoundException("No shared/wire-vectors beside the checkout");
}
