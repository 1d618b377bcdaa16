using System.Text.Json;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// Upstream's <c>DetectorViewParams</c>: the same coordinate mode, edges and ranges as the monitor histogram, plus
/// <c>pixel_weighting</c>: images divided by the number of detector pixels on each screen cell.
/// </summary>
public sealed record DetectorViewParams(MonitorHistogramParams Histogram, bool PixelWeighting)
{
    public static DetectorViewParams Parse(JsonElement json)
    {
        var weighting = ParamReader.Root(json).Object("pixel_weighting");
        // Upstream's only weighting method.
        weighting.Choice("method", "pixel_number", ["pixel_number"]);
        return new(MonitorHistogramParams.Parse(json), weighting.Boolean("enabled", false));
    }
}
