using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace LiveData.Bdd;

/// <summary>One data row of a <see cref="Table"/>, indexable by column name or position.</summary>
public sealed class TableRow : IReadOnlyDictionary<string, string>
{
    private readonly Table _table;
    private readonly string[] _cells;

    internal TableRow(Table table, string[] cells)
    {
        _table = table;
        _cells = cells;
    }

    public string this[string column] => _cells[_table.ColumnIndex(column)];

    public string this[int index] => _cells[index];

    public int Count => _cells.Length;

    public IEnumerable<string> Keys => _table.Header;

    public IEnumerable<string> Values => _cells;

    public bool ContainsKey(string key) => _table.ContainsColumn(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        var found = _table.ContainsColumn(key);
        value = found ? this[key] : null;
        return found;
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() =>
        _table.Header.Select((column, i) => KeyValuePair.Create(column, _cells[i])).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
