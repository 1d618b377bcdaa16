using System.Text;

namespace LiveData.Bdd;

/// <summary>A Gherkin data table: the first row is the header, the others are data rows.</summary>
public sealed class Table
{
    private readonly string[] _header;
    private readonly List<TableRow> _rows = [];

    public Table(params string[] header)
    {
        if (header.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(header));
        }

        _header = header;
    }

    public IReadOnlyList<string> Header => _header;

    public IReadOnlyList<TableRow> Rows => _rows;

    public int RowCount => _rows.Count;

    public bool ContainsColumn(string column) => Array.IndexOf(_header, column) >= 0;

    public void AddRow(params string[] cells)
    {
        if (cells.Length != _header.Length)
        {
            throw new ArgumentException(
                $"The row has {cells.Length} cells but the table has {_header.Length} columns.", nameof(cells));
        }

        _rows.Add(new TableRow(this, cells));
    }

    internal int ColumnIndex(string column)
    {
        var index = Array.IndexOf(_header, column);
        return index >= 0
            ? index
            : throw new KeyNotFoundException($"The table has no column '{column}'. It looks like this:{Environment.NewLine}{this}");
    }

    /// <summary>Renders the table as Gherkin, so error messages show what the scenario said.</summary>
    public override string ToString()
    {
        var lines = new[] { _header }.Concat(_rows.Select(r => r.Values.ToArray())).ToList();
        var widths = _header.Select((_, i) => lines.Max(cells => cells[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var cells in lines)
        {
            text.Append('|');
            for (var i = 0; i < cells.Length; i++)
            {
                text.Append(' ').Append(cells[i].PadRight(widths[i])).Append(" |");
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}
