using LiveData.Core.Data;

namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>The screen of a geometric projection: its dims in resolution order, each with bin-centre coordinates in metres.</summary>
public sealed class ProjectedScreen : IScreenLayout
{
    internal ProjectedScreen(IReadOnlyList<ScreenAxis> axes)
    {
        ScreenDims = [.. axes.Select(a => a.Dim)];
        ScreenShape = [.. axes.Select(a => (long)a.Bins)];
        ScreenCoords = [.. axes.Select(a => new KeyValuePair<string, Variable>(a.Dim, a.Centres()))];
    }

    public IReadOnlyList<string> ScreenDims { get; }

    public IReadOnlyList<long> ScreenShape { get; }

    public IReadOnlyList<KeyValuePair<string, Variable>> ScreenCoords { get; }
}
