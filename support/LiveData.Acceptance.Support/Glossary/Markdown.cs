using System.Text;

namespace LiveData.Acceptance.Support.Glossary;

/// <summary>The few Markdown shapes the glossary is made of.</summary>
internal static class Markdown
{
    public static StringBuilder Heading(this StringBuilder text, int level, string title) =>
        text.AppendLine().Append('#', level).Append(' ').AppendLine(title).AppendLine();

    public static StringBuilder Table(this StringBuilder text, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        text.AppendLine(Row(header)).AppendLine(Row([.. header.Select(_ => "---")]));
        foreach (var row in rows)
        {
            text.AppendLine(Row(row));
        }
        return text;
    }

    /// <summary>Inline code; a cell's '|' must be escaped even inside backticks.</summary>
    public static string Code(string value) => $"`{Cell(value)}`";

    public static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);

    public static string List(IEnumerable<string> items, string empty = "–") =>
        string.Join(", ", items) is { Length: > 0 } list ? list : empty;

    private static string Row(IEnumerable<string> cells) => $"| {string.Join(" | ", cells)} |";
}
