using LiveData.Core.Identity;
using LiveData.Protocol.Rois;
using LiveData.Wire;
using LiveData.Wire.Da00;
using LiveData.Workflows.DetectorView;

namespace LiveData.Services.Routing;

/// <summary>Turns an ROI message (<c>&lt;source&gt;/&lt;job_number&gt;/roi_rectangle|roi_polygon</c>) into screen regions for that job.</summary>
public static class RoiDa00Reader
{
    /// <exception cref="WireFormatException">the source name does not address a job, or the ROIs are unreadable.</exception>
    public static RoiMessage Read(Da00DataArray message)
    {
        var parts = message.SourceName.Split('/');
        if (parts.Length != 3 || !JobNumber.TryParse(parts[1], out var jobNumber) || parts[2] is not (RoiDa00.RectangleSuffix or RoiDa00.PolygonSuffix))
        {
            throw new WireFormatException($"ROI source name '{message.SourceName}' is not <source>/<job_number>/{RoiDa00.RectangleSuffix}|{RoiDa00.PolygonSuffix}");
        }
        var regions = RoiDa00.Decode(message).ToDictionary(r => r.Key, r => Region(r.Value));
        return new RoiMessage(new JobId(parts[0], jobNumber), new RoiStreamData(message.SourceName, parts[2] == RoiDa00.RectangleSuffix, regions));
    }

    private static ScreenRegion Region(Roi roi) => roi switch
    {
        RectangleRoi r => new RectangleRegion(r.XMin, r.XMax, r.YMin, r.YMax) { XUnit = r.XUnit, YUnit = r.YUnit },
        PolygonRoi p => new PolygonRegion(p.Vertices) { XUnit = p.XUnit, YUnit = p.YUnit },
        _ => throw new WireFormatException($"unknown ROI kind {roi.GetType().Name}"),
    };
}
