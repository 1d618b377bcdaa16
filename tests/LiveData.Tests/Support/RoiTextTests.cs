using LiveData.Acceptance.Support.Drivers;

namespace LiveData.Tests.Support;

public sealed class RoiTextTests
{
    [Fact]
    public void Reads_a_polygon_from_its_points() =>
        RoiText.Polygon("(10, 70), (60.5, 70), (10, 120)").Vertices.Should().Equal((10, 70), (60.5, 70), (10, 120));

    [Theory]
    [InlineData("(10, 70), (60, 70)")]
    [InlineData("(10, 70), (60, 70), (10)")]
    public void Refuses_fewer_than_three_whole_points(string text) =>
        FluentActions.Invoking(() => RoiText.Polygon(text)).Should().Throw<FormatException>().WithMessage("*at least three points*");
}
