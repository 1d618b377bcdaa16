namespace LiveData.Tests.Core;

public sealed class JobIdTests
{
    private static readonly JobNumber Number = JobNumber.Parse("3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");

    [Fact]
    public void String_form_is_source_name_slash_job_number()
    {
        new JobId("monitor1", Number).ToString().Should().Be("monitor1/3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f");
    }

    [Fact]
    public void Equal_when_source_and_job_number_are_equal()
    {
        new JobId("monitor1", Number).Should().Be(new JobId("monitor1", JobNumber.Parse(Number.ToString())));
        new JobId("monitor1", Number).Should().NotBe(new JobId("monitor2", Number));
        new JobId("monitor1", Number).Should().NotBe(new JobId("monitor1", JobNumber.New()));
    }
}
