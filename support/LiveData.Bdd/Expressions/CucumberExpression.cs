using System.Text;
using System.Text.RegularExpressions;

namespace LiveData.Bdd;

/// <summary>
/// A Cucumber expression: {type} parameters, (optional) text, a/b alternatives within one word, and
/// backslash escapes. It is compiled to a regex whose only captures are the parameters.
/// </summary>
internal sealed class CucumberExpression : StepExpression
{
    private readonly IReadOnlyList<ParameterType> _parameters;

    private CucumberExpression(Regex regex, IReadOnlyList<ParameterType> parameters)
        : base(regex) => _parameters = parameters;

    public override int ParameterCount => _parameters.Count;

    public static CucumberExpression Compile(string source, ParameterTypeRegistry parameterTypes)
    {
        var parameters = new List<ParameterType>();
        var pattern = new StringBuilder("^");
        foreach (var word in SplitWords(Tokenize(source)))
        {
            pattern.Append(word.Any(t => t.Kind == TokenKind.Alternation)
                ? CompileAlternation(source, word)
                : CompileSequence(source, word, parameterTypes, parameters));
        }

        pattern.Append('$');

        // ExplicitCapture keeps groups inside transformation regexes from shifting the parameter groups.
        var regex = new Regex(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        return new CucumberExpression(regex, parameters);
    }

    public override IReadOnlyList<string>? Match(string stepText)
    {
        var match = Regex.Match(stepText);
        return match.Success
            ? [.. _parameters.Select((parameter, i) => parameter.Unwrap(match.Groups[$"p{i}"].Value))]
            : null;
    }

    private static string CompileSequence(
        string source, IEnumerable<Token> tokens, ParameterTypeRegistry parameterTypes, List<ParameterType> parameters)
    {
        var pattern = new StringBuilder();
        foreach (var token in tokens)
        {
            if (token.Kind != TokenKind.Parameter)
            {
                pattern.Append(CompileLiteral(token));
                continue;
            }

            var type = parameterTypes.Find(token.Value)
                ?? throw new BindingException($"Undefined parameter type {{{token.Value}}} in '{source}'.");
            pattern.Append($"(?<p{parameters.Count}>").Append(type.Regex).Append(')');
            parameters.Add(type);
        }

        return pattern.ToString();
    }

    private static string CompileAlternation(string source, List<Token> word)
    {
        if (word.Any(t => t.Kind == TokenKind.Parameter))
        {
            throw new BindingException($"An alternative may not contain a parameter in '{source}'.");
        }

        var alternatives = new List<string>();
        var current = new StringBuilder();
        foreach (var token in word.Append(new Token(TokenKind.Alternation, "/")))
        {
            if (token.Kind != TokenKind.Alternation)
            {
                current.Append(CompileLiteral(token));
                continue;
            }

            if (current.Length == 0)
            {
                throw new BindingException($"Empty alternative in '{source}'.");
            }

            alternatives.Add(current.ToString());
            current.Clear();
        }

        return $"(?:{string.Join("|", alternatives)})";
    }

    private static string CompileLiteral(Token token) =>
        token.Kind == TokenKind.Optional ? $"(?:{Regex.Escape(token.Value)})?" : Regex.Escape(token.Value);

    /// <summary>Alternation binds within a whitespace-delimited word, so words are compiled one by one.</summary>
    private static IEnumerable<List<Token>> SplitWords(IEnumerable<Token> tokens)
    {
        var word = new List<Token>();
        foreach (var token in tokens)
        {
            if (token is { Kind: TokenKind.Text, Value: [var c] } && char.IsWhiteSpace(c))
            {
                if (word.Count > 0)
                {
                    yield return word;
                }

                yield return [token];
                word = [];
            }
            else
            {
                word.Add(token);
            }
        }

        if (word.Count > 0)
        {
            yield return word;
        }
    }

    private static IEnumerable<Token> Tokenize(string source)
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            switch (c)
            {
                case '\\' when i + 1 < source.Length:
                    yield return new Token(TokenKind.Text, source[++i].ToString());
                    break;
                case '{':
                    yield return new Token(TokenKind.Parameter, ReadUntil(source, ref i, '}'));
                    break;
                case '(':
                    yield return new Token(TokenKind.Optional, ReadUntil(source, ref i, ')'));
                    break;
                case '/':
                    yield return new Token(TokenKind.Alternation, "/");
                    break;
                default:
                    yield return new Token(TokenKind.Text, c.ToString());
                    break;
            }
        }
    }

    private static string ReadUntil(string source, ref int i, char end)
    {
        var content = new StringBuilder();
        for (i++; i < source.Length && source[i] != end; i++)
        {
            if (source[i] is '{' or '(')
            {
                throw new BindingException($"'{source[i]}' cannot be nested at position {i} in '{source}'.");
            }

            content.Append(source[i] == '\\' && i + 1 < source.Length ? source[++i] : source[i]);
        }

        return i < source.Length
            ? content.ToString()
            : throw new BindingException($"Missing '{end}' in '{source}'.");
    }

    private enum TokenKind
    {
        Text,
        Optional,
        Parameter,
        Alternation,
    }

    private readonly record struct Token(TokenKind Kind, string Value);
}
