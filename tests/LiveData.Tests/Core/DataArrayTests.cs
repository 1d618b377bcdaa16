namespace LiveData.Tests.Core;

public sealed class DataArrayTests
{
    private static DataArray Histogram() =>
        new("Histogram", Variable.Vector("time_of_arrival", "counts", [1.0, 2.0]), [new("time_of_arrival", Variable.Vector("time_of_arrival", "ms", [0.0, 1.0, 2.0]))]);

    [Fact]
    public void Coord_finds_a_coordinate_by_name_or_returns_null()
    {
        var array = Histogram();

        array.Coord("time_of_arrival")!.Length.Should().Be(3);
        array.Coord("missing").Should().BeNull();
    }

    [Fact]
    public void WithCoord_adds_a_coordinate_without_touching_the_original()
    {
        var array = Histogram();

        var stamped = array.WithCoord("time", Variable.Scalar(7L, "ns"));

        stamped.Coords.Select(c => c.Key).Should().Equal("time_of_arrival", "time");
        array.Coords.Should().HaveCount(1);
    }

    [Fact]
    public void WithCoord_replaces_a_coordinate_of_the_same_name()
    {
        var array = Histogram().WithCoord("time", Variable.Scalar(1L, "ns"));

        var restamped = array.WithCoord("time", Variable.Scalar(2L, "ns"));

        restamped.Coords.Should().HaveCount(2);
        restamped.Coord("time")!.Int64Values[0].Should().Be(2);
    }

    [Fact]
    public void Sizes_maps_each_dim_to_its_length()
    {
        Histogram().Sizes.Should().Equal(new Dictionary<string, long> { ["time_of_arrival"] = 2 });
    }
}
