using LiveData.Workflows.Histogramming;

namespace LiveData.Tests.Workflows.Histogramming;

public sealed class HugePageCountsTests
{
    [Fact]
    public void Counts_start_at_zero_with_the_asked_length_and_are_writable()
    {
        using var counts = new HugePageCounts<double>(3_000_001);

        counts.Span.Length.Should().Be(3_000_001);
        counts.Span.ToArray().Should().OnlyContain(c => c == 0);
        counts.Span[^1] = 4;
        counts.Span[^1].Should().Be(4);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(100_000)]
    public void Counts_smaller_than_a_huge_page_start_at_zero_too(int length)
    {
        using var counts = new HugePageCounts<ushort>(length);

        counts.Span.Length.Should().Be(length);
        counts.Span.ToArray().Should().NotContain(c => c != 0);
    }

    [Fact]
    public void Disposed_counts_refuse_access()
    {
        var counts = new HugePageCounts<uint>(10);
        counts.Dispose();

        var act = () => counts.Span.Length;

        act.Should().Throw<ObjectDisposedException>();
    }
}
