using LiveData.Core.Data;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// The screen a detector view draws on (upstream's <c>ScreenMetadata</c>): its dims, their sizes and, for dims with
/// a physical meaning, bin-centre coordinates with a unit. Logical views have no coordinates; geometric projections
/// have x/y, arc_length/z, … in metres.
/// </summary>
public interface IScreenLayout
{
    IReadOnlyList<string> ScreenDims { get; }

    IReadOnlyList<long> ScreenShape { get; }

    /// <summary>Bin-centre coordinates of the dims that have them, each a 1-D variable along its dim.</summary>
    IReadOnlyList<KeyValuePair<string, Variable>> ScreenCoords { get; }
}
