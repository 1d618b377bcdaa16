namespace LiveData.Tests.Core;

public sealed class WorkflowIdTests
{
    [Fact]
    public void Parse_reads_instrument_name_and_version()
    {
        var id = WorkflowId.Parse("dummy/monitor_histogram/1");

        id.Should().Be(new WorkflowId("dummy", "monitor_histogram", 1));
    }

    [Fact]
    public void ToString_is_instrument_slash_name_slash_version()
    {
        new WorkflowId("bifrost", "unified_detector_view", 12).ToString().Should().Be("bifrost/unified_detector_view/12");
    }

    [Theory]
    [InlineData("dummy/monitor_histogram/1")]
    [InlineData("dream/powder_reduction_with_vanadium/3")]
    [InlineData("x/y/0")]
    public void Parse_and_ToString_round_trip(string text)
    {
        WorkflowId.Parse(text).ToString().Should().Be(text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dummy")]
    [InlineData("dummy/monitor_histogram")]
    [InlineData("dummy/monitor_data/monitor_histogram/1")]
    [InlineData("/monitor_histogram/1")]
    [InlineData("dummy//1")]
    [InlineData("dummy/monitor_histogram/")]
    [InlineData("dummy/monitor_histogram/v1")]
    [InlineData("dummy/monitor_histogram/-1")]
    [InlineData("dummy/monitor_histogram/+1")]
    [InlineData("dummy/monitor_histogram/ 1")]
    [InlineData("dummy/monitor_histogram/1.0")]
    public void Parse_rejects_strings_that_are_not_three_parts_with_an_integer_version(string text)
    {
        var parse = () => WorkflowId.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage($"*'{text}'*instrument/name/version*");
        WorkflowId.TryParse(text, out _).Should().BeFalse();
    }

    [Fact]
    public void TryParse_rejects_null_and_leaves_the_default()
    {
        WorkflowId.TryParse(null, out var id).Should().BeFalse();
        id.Should().Be(default(WorkflowId));
    }
}
