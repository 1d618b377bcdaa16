using System.Globalization;
using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;
using Reqnroll;

namespace LiveData.Bdd.Features;

/// <summary>
/// One parsed feature file: the single <see cref="FeatureInfo"/> Reqnroll sees for it all run long (its runner pool
/// compares features by reference) and one <see cref="ScenarioCase"/> per pickle, in file order.
/// </summary>
public sealed class GherkinFeature
{
    private GherkinFeature(FeatureInfo info, IReadOnlyList<ScenarioCase> scenarios)
    {
        Info = info;
        Scenarios = scenarios;
    }

    public FeatureInfo Info { get; }

    public IReadOnlyList<ScenarioCase> Scenarios { get; }

    /// <param name="path">The file's path relative to the features folder (e.g. monitors/histograms.feature): used in ids and the report.</param>
    /// <param name="text">The Gherkin source.</param>
    /// <param name="ids">Shared by all files of a run, so every id in the report is unique.</param>
    /// <exception cref="InvalidDataException">The text is not valid Gherkin; the message names each error's line.</exception>
    public static GherkinFeature? Parse(string path, string text, IIdGenerator ids)
    {
        var ast = ParseAst(path, text);
        if (ast.Feature is null)
        {
            return null;
        }

        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, path);
        var pickles = new PickleCompiler(ids).Compile(document);
        var feature = document.Feature;
        var messages = new FeatureMessages(new Source(path, text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN), document, pickles);
        var info = new FeatureInfo(
            new CultureInfo(feature.Language), Path.GetDirectoryName(path) ?? string.Empty, feature.Name, feature.Description.Trim(),
            ProgrammingLanguage.CSharp, Tags(feature.Tags), messages);
        var index = new GherkinIndex(document);
        return new GherkinFeature(info, [.. pickles.Select((pickle, i) => new ScenarioCase(path, i, pickle, info, index))]);
    }

    internal static string[] Tags(IEnumerable<Tag> tags) => [.. tags.Select(t => t.Name.TrimStart('@'))];

    private static Gherkin.Ast.GherkinDocument ParseAst(string path, string text)
    {
        try
        {
            return new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            throw Invalid(path, e.Errors, e);
        }
        catch (ParserException e)
        {
            throw Invalid(path, [e], e);
        }
    }

    private static InvalidDataException Invalid(string path, IEnumerable<ParserException> errors, System.Exception inner) =>
        new($"{path} is not valid Gherkin:" + string.Concat(errors.Select(e => $"{Environment.NewLine}  {path}:{e.Location?.Line}: {e.Message}")), inner);
}
