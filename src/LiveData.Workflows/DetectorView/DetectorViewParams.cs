using System.Text.Json;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.DetectorView;

/// <summary>
/// Upstream's <c>DetectorViewParams</c>: the same coordinate mode, edges and ranges as the monitor histogram, plus
/// <c>pixel_weighting</c>, which needs geometry LiveData does not have and so must stay disabled.
/// </summary>
public static class DetectorViewParams
{
    public static MonitorHistogramParams Parse(JsonElement json)
    {
        var parameters = MonitorHistogramParams.Parse(json);
        if (ParamReader.Root(json).Object("pixel_weighting").Boolean("enabled", false))
        {
            throw new InvalidWorkflowParamsException("pixel_weighting.enabled: pixel weighting is not available in LiveData yet (needs detector geometry)");
        }
        return parameters;
    }
}
