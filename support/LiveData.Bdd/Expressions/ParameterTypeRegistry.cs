namespace LiveData.Bdd;

/// <summary>The parameter types Cucumber expressions may use: the built-in ones plus named step argument transformations.</summary>
internal sealed class ParameterTypeRegistry
{
    private const string IntegerRegex = @"-?\d+";
    private const string FloatRegex = @"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?";

    private readonly Dictionary<string, ParameterType> _types = new(StringComparer.Ordinal)
    {
        [""] = ParameterType.Plain("", ".*"),
        ["int"] = ParameterType.Plain("int", IntegerRegex),
        ["long"] = ParameterType.Plain("long", IntegerRegex),
        ["float"] = ParameterType.Plain("float", FloatRegex),
        ["double"] = ParameterType.Plain("double", FloatRegex),
        ["decimal"] = ParameterType.Plain("decimal", FloatRegex),
        ["word"] = ParameterType.Plain("word", @"[^\s]+"),
        ["string"] = new("string", """
            "(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'
            """, UnquoteString),
    };

    public ParameterTypeRegistry(IEnumerable<StepArgumentTransformationBinding> transformations)
    {
        var named = transformations
            .Where(t => t.ParameterRegex is not null)
            .SelectMany(t => new[] { t.Name, t.ReturnType.Name }.OfType<string>().Distinct().Select(name => (name, t)))
            .GroupBy(x => x.name, x => x.t.ParameterRegex!);
        foreach (var group in named)
        {
            _types.TryAdd(group.Key, ParameterType.Plain(group.Key, string.Join("|", group.Select(r => $"(?:{r})"))));
        }
    }

    public ParameterType? Find(string name) => _types.GetValueOrDefault(name);

    private static string UnquoteString(string quoted)
    {
        var quote = quoted[0];
        return quoted[1..^1].Replace($"\\{quote}", quote.ToString(), StringComparison.Ordinal);
    }
}
