using LiveData.Protocol.Rois;
using LiveData.Wire;
using LiveData.Wire.Da00;

namespace LiveData.Tests.Protocol;

public sealed class RoiDa00Tests
{
    private static readonly JobId Job = new("panel_0", JobNumber.New());

    [Fact]
    public void Rectangles_travel_as_two_bounds_rows_each_with_their_index()
    {
        var payload = RoiDa00.Encode(Job, RoiGeometry.Rectangle, new Dictionary<int, Roi>
        {
            [1] = new RectangleRoi(70, 120, 71, 121),
            [0] = new RectangleRoi(10, 60, 11, 61),
        });

        var message = Da00Codec.Decode(payload);

        message.SourceName.Should().Be($"panel_0/{Job.JobNumber}/roi_rectangle");
        message.Timestamp.Should().Be(0, "the batcher must apply ROIs at once");
        message.Find("x")!.ToDoubles().Should().Equal(10, 60, 70, 120);
        message.Find("y")!.ToDoubles().Should().Equal(11, 61, 71, 121);
        message.Find("roi_index")!.ToInt64s().Should().Equal(0, 0, 1, 1);
        message.Find("signal")!.Axes.Should().Equal("bounds");
        RoiDa00.Decode(message).Should().BeEquivalentTo(new Dictionary<int, Roi>
        {
            [0] = new RectangleRoi(10, 60, 11, 61),
            [1] = new RectangleRoi(70, 120, 71, 121),
        }, o => o.RespectingRuntimeTypes());
    }

    [Fact]
    public void Polygons_travel_as_vertices()
    {
        var triangle = new PolygonRoi([(0, 0), (10, 0), (5, 8)]);

        var message = Da00Codec.Decode(RoiDa00.Encode(Job, RoiGeometry.Polygon, new Dictionary<int, Roi> { [4] = triangle }));

        message.SourceName.Should().EndWith("/roi_polygon");
        message.Find("signal")!.Axes.Should().Equal("vertex");
        ((PolygonRoi)RoiDa00.Decode(message)[4]).Vertices.Should().Equal(triangle.Vertices);
    }

    [Fact]
    public void Units_of_rois_drawn_on_coordinates_travel_on_x_and_y()
    {
        var rectangle = new RectangleRoi(-0.1, 0.1, 0, 0.3) { XUnit = "m", YUnit = "m" };

        var message = Da00Codec.Decode(RoiDa00.Encode(Job, RoiGeometry.Rectangle, new Dictionary<int, Roi> { [0] = rectangle }));

        message.Find("x")!.Unit.Should().Be("m");
        RoiDa00.Decode(message)[0].Should().Be(rectangle);
    }

    [Fact]
    public void No_rows_means_no_rois()
    {
        var message = Da00Codec.Decode(RoiDa00.Encode(Job, RoiGeometry.Rectangle, new Dictionary<int, Roi>()));

        RoiDa00.Decode(message).Should().BeEmpty();
    }

    [Fact]
    public void A_rectangle_with_a_missing_bound_is_a_wire_format_error()
    {
        var message = Da00Codec.Decode(RoiDa00.Encode(Job, RoiGeometry.Polygon, new Dictionary<int, Roi> { [0] = new PolygonRoi([(0, 0), (1, 0), (1, 1)]) }));
        var asRectangle = message with { SourceName = RoiDa00.SourceName(Job, RoiGeometry.Rectangle) };

        var decode = () => RoiDa00.Decode(asRectangle);

        decode.Should().Throw<WireFormatException>().WithMessage("*rectangle needs 2 bounds rows*");
    }
}
