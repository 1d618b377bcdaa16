using LiveData.Workflows.Spectroscopy;

namespace LiveData.Tests.Workflows.Spectroscopy;

public sealed class CutAxisTests
{
    [Fact]
    public void The_length_axis_is_the_magnitude_of_Q()
    {
        CutAxis.Length("Q", [0, 1], "1/Å").ValueOf(9, 3, 0, 4).Should().Be(5);
    }

    [Fact]
    public void The_energy_axis_is_the_energy_transfer()
    {
        CutAxis.EnergyTransfer("ΔE", [0, 1], "meV").ValueOf(0.25, 3, 0, 4).Should().Be(0.25);
    }

    [Fact]
    public void A_projection_is_along_the_normalised_vector()
    {
        // (1, 1, 0) / √2 · (3, 1, 4) = 4 / √2.
        CutAxis.Projection("Q_(1.0,1.0,0.0)", 1, 1, 0, [0, 1], "1/Å").ValueOf(0, 3, 1, 4).Should().BeApproximately(4 / Math.Sqrt(2), 1e-12);
    }

    [Fact]
    public void A_zero_vector_gives_NaN_which_bins_nothing()
    {
        CutAxis.Projection("Q_(0.0,0.0,0.0)", 0, 0, 0, [0, 1], "1/Å").ValueOf(0, 3, 1, 4).Should().Be(double.NaN);
    }

    [Fact]
    public void Edges_in_inverse_nanometres_bin_in_inverse_angstrom_and_keep_their_unit_as_coordinate()
    {
        var axis = CutAxis.Length("Q", [5, 10, 20], "1/nm");

        axis.EdgesInBaseUnit.Should().Equal(0.5, 1.0, 2.0);
        axis.Edges.Should().Equal(5, 10, 20);
        axis.Unit.Should().Be("1/nm");
    }
}
