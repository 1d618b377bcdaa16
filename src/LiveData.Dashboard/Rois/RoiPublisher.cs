using LiveData.Core.Identity;
using LiveData.Dashboard.Jobs;
using LiveData.Messaging.Kafka;
using LiveData.Protocol.Rois;
using Microsoft.Extensions.Logging;

namespace LiveData.Dashboard.Rois;

/// <summary>Sends a job's ROIs to the ROI topic, addressed to the workflow's current job of that source.</summary>
internal sealed class RoiPublisher(IMessageSink publisher, string roiTopic, ActiveJobRegistry generations, ILogger<RoiPublisher> logger)
{
    /// <summary>Replaces all ROIs of one geometry for the source's current job; false (with a warning) if none is running.</summary>
    public bool Publish(WorkflowId workflowId, string sourceName, IReadOnlyDictionary<int, Roi> rois, RoiGeometry geometry, CancellationToken ct)
    {
        if (generations.CurrentOf(workflowId) is not { } jobNumber)
        {
            logger.LogWarning("Not publishing ROIs for {Source}: {WorkflowId} has no active job", sourceName, workflowId);
            return false;
        }
        publisher.Publish(roiTopic, RoiDa00.Encode(new JobId(sourceName, jobNumber), geometry, rois));
        publisher.Flush(ct);
        return true;
    }
}
