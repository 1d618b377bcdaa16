using System.Globalization;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Protocol.Rois;
using LiveData.Workflows.Parameters;
using Reqnroll;

namespace LiveData.Acceptance.Support.Arguments;

/// <summary>
/// Every conversion of a step's text or table into a domain type, in one place, so step methods receive models and
/// never parse. Tables map onto records through Reqnroll.Assist (a column "x from" fills <c>XFrom</c>); Reqnroll picks
/// a transformation by the step parameter's type, which must be exactly the return type here.
/// </summary>
[Binding]
public sealed class StepArgumentTransformations
{
    /// <summary><c>| parameter | value |</c> rows: the values a scenario gives over a workflow's defaults.</summary>
    [StepArgumentTransformation]
    public IReadOnlyList<WorkflowParameter> WorkflowParameters(Table table) => [.. table.CreateSet<WorkflowParameter>()];

    /// <summary><c>| roi | x from | x to | y from | y to |</c> rows.</summary>
    [StepArgumentTransformation]
    public IReadOnlyList<RoiRectangle> RoiRectangles(Table table) => [.. table.CreateSet<RoiRectangle>()];

    /// <summary><c>| kind |</c> rows naming malformed messages.</summary>
    [StepArgumentTransformation]
    public IReadOnlyList<MalformedMessage> MalformedMessages(Table table) => [.. table.CreateSet<MalformedMessage>()];

    /// <summary><c>| PV | value |</c> rows: values a forwarder publishes under EPICS PV names.</summary>
    [StepArgumentTransformation]
    public IReadOnlyList<PvValue> PvValues(Table table) => [.. table.CreateSet<PvValue>()];

    /// <summary>A polygon written as <c>"(10, 70), (60, 70), (10, 120)"</c>.</summary>
    [StepArgumentTransformation]
    public PolygonRoi Polygon(string vertices) => RoiText.Polygon(vertices);

    /// <summary>ROI indices written as <c>"0, 1, 4"</c>.</summary>
    [StepArgumentTransformation]
    public IReadOnlyList<long> RoiIndices(string indices) =>
        [.. indices.Split(',', StringSplitOptions.TrimEntries).Select(i => long.Parse(i, CultureInfo.InvariantCulture))];

    /// <summary>An image's dimensions and sizes written as <c>"y=128, x=128"</c>, in order.</summary>
    [StepArgumentTransformation]
    public IReadOnlyDictionary<string, long> DimensionSizes(string sizes) => ImageText.Sizes(sizes);

    /// <summary><c>| instrument | view | detector | image |</c> rows: the image each detector view shows, per instrument.</summary>
    [StepArgumentTransformation]
    public IReadOnlyList<ListedViewImage> ListedViewImages(Table table) => [.. table.CreateSet<ListedViewImage>()];
}
