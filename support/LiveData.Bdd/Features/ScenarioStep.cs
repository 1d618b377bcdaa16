using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace LiveData.Bdd.Features;

/// <summary>One step of a pickle: its text with outline values substituted, its keyword as written, and its argument.</summary>
public sealed class ScenarioStep(PickleStep pickleStep, Step written)
{
    public StepKeywordType KeywordType { get; } = written.KeywordType;

    public string Keyword { get; } = written.Keyword;

    public string Text { get; } = pickleStep.Text;

    public string? DocString { get; } = pickleStep.Argument?.DocString?.Content;

    /// <summary>A new table per run, as bindings may change the one they are given.</summary>
    public Table? NewTable()
    {
        if (pickleStep.Argument?.DataTable is not { Rows.Count: > 0 } data)
        {
            return null;
        }

        var table = new Table([.. data.Rows[0].Cells.Select(c => c.Value)]);
        foreach (var row in data.Rows.Skip(1))
        {
            table.AddRow([.. row.Cells.Select(c => c.Value)]);
        }

        return table;
    }
}
