namespace LiveData.Tests.Core;

public sealed class ResultKeyTests
{
    private static readonly WorkflowId Workflow = new("dummy", "monitor_histogram", 1);

    [Fact]
    public void DataKey_is_the_result_key_without_the_job_number()
    {
        var key = new ResultKey(Workflow, new JobId("monitor1", JobNumber.New()), "cumulative");

        key.DataKey.Should().Be(new DataKey(Workflow, "monitor1", "cumulative"));
    }

    [Fact]
    public void Results_of_different_generations_share_one_DataKey()
    {
        var first = new ResultKey(Workflow, new JobId("monitor1", JobNumber.New()), "current");
        var second = new ResultKey(Workflow, new JobId("monitor1", JobNumber.New()), "current");

        first.Should().NotBe(second);
        first.DataKey.Should().Be(second.DataKey);
    }

    [Fact]
    public void DataKey_string_form_names_workflow_source_and_output()
    {
        new DataKey(Workflow, "monitor2", "counts_total").ToString().Should().Be("dummy/monitor_histogram/1/monitor2/counts_total");
    }
}
