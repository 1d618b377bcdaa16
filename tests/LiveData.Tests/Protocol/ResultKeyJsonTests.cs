using LiveData.Protocol.Json;
using LiveData.Protocol.Results;

namespace LiveData.Tests.Protocol;

public sealed class ResultKeyJsonTests
{
    private const string Uuid = "3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";

    private static readonly ResultKey Key = new(new WorkflowId("dummy", "monitor_histogram", 1), new JobId("monitor1", JobNumber.Parse(Uuid)), "cumulative");

    private const string Json =
        """{"workflow_id":{"instrument":"dummy","name":"monitor_histogram","version":1},"job_id":{"source_name":"monitor1","job_number":"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"},"output_name":"cumulative"}""";

    [Fact]
    public void Format_writes_upstreams_compact_json_in_field_order()
    {
        ResultKeyJson.Format(Key).Should().Be(Json);
    }

    [Fact]
    public void Parse_reads_it_back()
    {
        ResultKeyJson.Parse(Json).Should().Be(Key);
    }

    [Fact]
    public void Parse_accepts_whitespace_and_the_workflow_id_string_form()
    {
        var parsed = ResultKeyJson.Parse($$$"""
            { "workflow_id": "dummy/monitor_histogram/1",
              "job_id": { "source_name": "monitor1", "job_number": "{{{Uuid}}}" },
              "output_name": "cumulative" }
            """);

        parsed.Should().Be(Key);
    }

    [Fact]
    public void A_missing_output_name_defaults_to_result()
    {
        var parsed = ResultKeyJson.Parse($$$"""{"workflow_id":"dummy/total_counts/1","job_id":{"source_name":"panel_0","job_number":"{{{Uuid}}}"}}""");

        parsed.OutputName.Should().Be("result");
    }

    [Theory]
    [InlineData("monitor1")]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"workflow_id":"dummy/monitor_histogram/1","output_name":"x"}""")]
    [InlineData("""{"job_id":{"source_name":"monitor1","job_number":"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"}}""")]
    [InlineData("""{"workflow_id":"dummy/monitor_histogram/1","job_id":{"source_name":"monitor1","job_number":"abc"}}""")]
    [InlineData("""{"workflow_id":"dummy/monitor_histogram","job_id":{"source_name":"monitor1","job_number":"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"}}""")]
    [InlineData("""{"workflow_id":{"instrument":"dummy","name":"monitor_histogram","version":"1"},"job_id":{"source_name":"monitor1","job_number":"3f0c1d2e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"}}""")]
    public void Parse_rejects_anything_that_is_not_a_result_key(string json)
    {
        var parse = () => ResultKeyJson.Parse(json);

        parse.Should().Throw<JsonFormatException>();
    }
}
