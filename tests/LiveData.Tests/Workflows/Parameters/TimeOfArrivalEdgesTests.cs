using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.Parameters;

public sealed class TimeOfArrivalEdgesTests
{
    [Fact]
    public void Linear_values_are_num_bins_plus_one_evenly_spaced_edges_ending_exactly_at_stop()
    {
        var values = TimeOfArrivalEdges.Default.Values();

        values.Should().HaveCount(101);
        values[0].Should().Be(0.0);
        values[^1].Should().Be(71.43);
        values[1].Should().BeApproximately(0.7143, 1e-12);
        values.Zip(values.Skip(1), (a, b) => b - a).Should().OnlyContain(d => Math.Abs(d - 0.7143) < 1e-9);
    }

    [Fact]
    public void Log_values_have_a_constant_ratio()
    {
        var values = new TimeOfArrivalEdges(1, 1000, 3, "log", "ms").Values();

        values.Should().HaveCount(4);
        values[0].Should().BeApproximately(1, 1e-12);
        values[1].Should().BeApproximately(10, 1e-9);
        values[2].Should().BeApproximately(100, 1e-9);
        values[3].Should().Be(1000);
    }
}
