namespace LiveData.Bdd;

/// <summary>
/// Turns tables into objects (Reqnroll's Assist names). Columns map to constructor parameters and
/// properties ignoring case, spaces and punctuation; values convert like step arguments.
/// </summary>
public static class TableHelperExtensionMethods
{
    private static readonly string[] VerticalKeyColumns = ["field", "property", "name"];

    /// <summary>Creates one object from a vertical Field/Value table or from a single-row horizontal table.</summary>
    public static T CreateInstance<T>(this Table table) => TableInstanceFactory.Create<T>(InstanceCells(table), null);

    /// <summary>Starts from <paramref name="methodToCreateTheInstance"/> and overrides what the table states.</summary>
    public static T CreateInstance<T>(this Table table, Func<T> methodToCreateTheInstance) =>
        TableInstanceFactory.Create(InstanceCells(table), methodToCreateTheInstance);

    /// <summary>Creates one object per row of a horizontal table.</summary>
    public static IEnumerable<T> CreateSet<T>(this Table table) =>
        [.. table.Rows.Select(row => TableInstanceFactory.Create<T>([.. row], null))];

    /// <summary>Creates one object per row, each starting from <paramref name="methodToCreateEachInstance"/>.</summary>
    public static IEnumerable<T> CreateSet<T>(this Table table, Func<T> methodToCreateEachInstance) =>
        [.. table.Rows.Select(row => TableInstanceFactory.Create([.. row], methodToCreateEachInstance))];

    private static IReadOnlyList<KeyValuePair<string, string>> InstanceCells(Table table)
    {
        if (IsVertical(table))
        {
            return [.. table.Rows.Select(row => KeyValuePair.Create(row[0], row[1]))];
        }

        return table.RowCount == 1
            ? [.. table.Rows[0]]
            : throw new BindingException(
                $"CreateInstance needs a vertical | Field | Value | table or a horizontal table with one row; this one has {table.RowCount} rows:{Environment.NewLine}{table}");
    }

    private static bool IsVertical(Table table) =>
        table.Header.Count == 2
        && VerticalKeyColumns.Contains(MemberName.Normalize(table.Header[0]))
        && MemberName.Normalize(table.Header[1]) == "value";
}
