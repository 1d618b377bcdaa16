using System.Text.Json;
using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.Parameters;

public sealed class WorkflowParametersTests
{
    private static readonly JsonElement Defaults = JsonDocument.Parse("""{"q_edges":{"start":0.01,"stop":0.3,"num_bins":20,"unit":"1/angstrom"},"transmission":"monitor"}""").RootElement;

    [Fact]
    public void Stated_values_replace_defaults_by_dotted_path_and_read_as_numbers_booleans_or_text()
    {
        var parameters = WorkflowParameters.Override(Defaults, [new("q_edges.num_bins", "88"), new("q_edges.stop", "0.13"), new("transmission", "constant"), new("new_group.enabled", "true")]);

        parameters.GetRawText().Should().Be("""{"q_edges":{"start":0.01,"stop":0.13,"num_bins":88,"unit":"1/angstrom"},"transmission":"constant","new_group":{"enabled":true}}""");
    }
}
