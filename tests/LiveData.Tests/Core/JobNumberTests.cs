namespace LiveData.Tests.Core;

public sealed class JobNumberTests
{
    [Fact]
    public void ToString_is_the_lower_case_hyphenated_uuid()
    {
        var number = new JobNumber(Guid.Parse("5C7E0A1B-2C3D-4E5F-8A9B-0C1D2E3F4A5B"));

        number.ToString().Should().Be("5c7e0a1b-2c3d-4e5f-8a9b-0c1d2e3f4a5b");
    }

    [Fact]
    public void Parse_round_trips_ToString()
    {
        var number = JobNumber.New();

        JobNumber.Parse(number.ToString()).Should().Be(number);
    }

    [Fact]
    public void New_mints_a_different_number_each_time()
    {
        JobNumber.New().Should().NotBe(JobNumber.New());
    }

    [Theory]
    [InlineData("")]
    [InlineData("42")]
    [InlineData("not-a-uuid")]
    public void Parse_rejects_text_that_is_not_a_uuid(string text)
    {
        var parse = () => JobNumber.Parse(text);

        parse.Should().Throw<FormatException>().WithMessage($"*'{text}'*");
    }
}
