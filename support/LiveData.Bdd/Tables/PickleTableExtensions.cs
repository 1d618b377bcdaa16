using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

internal static class PickleTableExtensions
{
    public static Table ToTable(this PickleTable pickleTable)
    {
        var table = new Table([.. pickleTable.Rows[0].Cells.Select(c => c.Value)]);
        foreach (var row in pickleTable.Rows.Skip(1))
        {
            table.AddRow([.. row.Cells.Select(c => c.Value)]);
        }

        return table;
    }
}
