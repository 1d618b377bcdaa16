using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Wavelength;

public sealed class WavelengthLookupTableTests
{
    // Rows at 10 m and 20 m, columns at 0, 1 and 2 μs.
    private static readonly WavelengthLookupTable Table = new(
        [10.0, 20.0], [0.0, 1000.0, 2000.0], [0, 1, 2, 0, 2, double.NaN], null, 2000, 1, 10, 1000);

    [Theory]
    [InlineData(10.0, 500.0, 0.5)]
    [InlineData(15.0, 500.0, 0.75)]
    [InlineData(20.0, 1000.0, 2.0)]
    [InlineData(12.5, 0.0, 0.0)]
    [InlineData(10.0, 2000.0, 2.0)]
    public void Interpolates_bilinearly_between_grid_points(double distance, double offsetNs, double expected)
    {
        Table.Wavelength(Table.Row(distance), offsetNs).Should().BeApproximately(expected, 1e-12);
    }

    [Theory]
    [InlineData(10.0, -1.0)]
    [InlineData(10.0, 2000.5)]
    [InlineData(9.9, 500.0)]
    [InlineData(20.1, 500.0)]
    [InlineData(15.0, 1500.0)]
    public void Is_NaN_outside_the_grid_or_next_to_a_cell_no_neutron_reaches(double distance, double offsetNs)
    {
        Table.Wavelength(Table.Row(distance), offsetNs).Should().Be(double.NaN);
    }

    [Fact]
    public void Refuses_an_uneven_event_time_offset_axis()
    {
        var make = () => new WavelengthLookupTable([10.0, 20.0], [0.0, 1000.0, 3000.0], [0, 1, 2, 0, 2, 4], null, 3000, 1, 10, 1000);

        make.Should().Throw<ArgumentException>().WithMessage("*evenly spaced from 0*");
    }
}
