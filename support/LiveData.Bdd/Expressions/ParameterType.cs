namespace LiveData.Bdd;

/// <summary>
/// A Cucumber expression parameter such as {int}: the regex it matches and how the matched text is
/// unwrapped before it converts to the method parameter's type.
/// </summary>
internal sealed record ParameterType(string Name, string Regex, Func<string, string> Unwrap)
{
    public static ParameterType Plain(string name, string regex) => new(name, regex, text => text);
}
