using LiveData.Bench.Memory;

namespace LiveData.Tests.Bench;

public class MemoryTrendTests
{
    private const long Megabyte = 1024 * 1024;

    private static (TimeSpan, long) At(double seconds, double megabytes) => (TimeSpan.FromSeconds(seconds), (long)(megabytes * Megabyte));

    [Fact]
    public void Steady_growth_in_the_second_half_is_its_slope_in_megabytes_per_minute()
    {
        var readings = Enumerable.Range(0, 11).Select(i => At(i * 60, 100 + (2.0 * i))).ToList();

        MemoryTrend.SecondHalfSlopeMegabytesPerMinute(readings).Should().BeApproximately(2, 1e-6);
    }

    [Fact]
    public void Start_up_growth_in_the_first_half_does_not_count()
    {
        List<(TimeSpan, long)> readings = [At(0, 50), At(30, 150), At(60, 200), At(90, 200), At(120, 200)];

        MemoryTrend.SecondHalfSlopeMegabytesPerMinute(readings).Should().BeApproximately(0, 1e-6);
    }

    [Fact]
    public void A_second_half_shorter_than_the_minimum_span_gives_no_slope()
    {
        var brief = Enumerable.Range(0, 59).Select(i => At(i, 100 + i)).ToList();

        MemoryTrend.SecondHalfSlopeMegabytesPerMinute(brief).Should().BeNull("29 s of second half is garbage-collector sawtooth, not a trend");
        MemoryTrend.SecondHalfSlopeMegabytesPerMinute([.. brief, At(60, 160)]).Should().NotBeNull();
        MemoryTrend.SecondHalfSlopeMegabytesPerMinute([]).Should().BeNull();
    }
}
