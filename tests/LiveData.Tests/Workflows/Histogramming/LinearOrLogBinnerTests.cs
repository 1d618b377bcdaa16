using LiveData.Workflows.Histogramming;

namespace LiveData.Tests.Workflows.Histogramming;

/// <summary>d-spacing bins are [e_i, e_i+1): the last edge, NaN and values outside belong to no bin.</summary>
public sealed class LinearOrLogBinnerTests
{
    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(0.99, 0)]
    [InlineData(1.0, 1)]
    [InlineData(2.49, 3)]
    [InlineData(2.5, -1)]
    [InlineData(0.4, -1)]
    [InlineData(double.NaN, -1)]
    public void Linear_edges_half_a_angstrom_apart(double d, int bin)
    {
        new LinearOrLogBinner([0.5, 1.0, 1.5, 2.0, 2.5], linear: true).BinOf(d).Should().Be(bin);
    }

    [Theory]
    [InlineData(0.5, 0)]
    [InlineData(1.0, 1)]
    [InlineData(1.99, 1)]
    [InlineData(3.9, 2)]
    [InlineData(4.0, -1)]
    public void Log_edges_doubling(double d, int bin)
    {
        new LinearOrLogBinner([0.5, 1.0, 2.0, 4.0], linear: false).BinOf(d).Should().Be(bin);
    }
}
