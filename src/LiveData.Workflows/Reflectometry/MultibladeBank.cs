namespace LiveData.Workflows.Reflectometry;

/// <summary>
/// How a multiblade bank's detector numbers fold into (strip, blade, wire), essreflectometry's DETECTOR_BANK_SIZES in
/// C order, and upstream's index coordinates: reversed aranges (strip = strips − 1 − strip index, likewise blade and
/// wire) and z_index = blade · wire (a product, as upstream computes it, not a flat index).
/// </summary>
public sealed record MultibladeBank(int FirstDetectorNumber, int Strips, int Blades, int Wires)
{
    public int PixelCount => Strips * Blades * Wires;

    /// <summary>Upstream's <c>strip</c> coordinate of the pixel at <paramref name="index"/> (detector number − first).</summary>
    public int Strip(int index) => Strips - 1 - index / (Blades * Wires);

    /// <summary>Upstream's <c>z_index</c> = blade · wire of the pixel at <paramref name="index"/>.</summary>
    public int ZIndex(int index)
    {
        var blade = Blades - 1 - index / Wires % Blades;
        var wire = Wires - 1 - index % Wires;
        return blade * wire;
    }
}
