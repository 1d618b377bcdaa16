using Gherkin;
using Gherkin.CucumberMessages;
using Gherkin.CucumberMessages.Pickles;
using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>Parses one feature file into scenario cases through the official Gherkin pickle compiler.</summary>
internal static class FeatureParser
{
    /// <param name="idPath">Path used in scenario ids (relative to the features folder).</param>
    /// <param name="filePath">Path shown to readers (relative to the test output).</param>
    /// <param name="text">The Gherkin source.</param>
    /// <param name="ids">Shared by every file of a library, so pickle and node ids are unique across features.</param>
    public static IReadOnlyList<ScenarioCase> Parse(string idPath, string filePath, string text, IIdGenerator ids)
    {
        var ast = ParseAst(filePath, text);
        if (ast.Feature is null)
        {
            return [];
        }

        var document = new AstMessagesConverter(ids).ConvertGherkinDocumentToEventArgs(ast, filePath);
        var pickles = new PickleCompiler(ids).Compile(document);
        var index = new GherkinDocumentIndex(document);
        var source = new FeatureSource(filePath, text, document);
        var feature = document.Feature;
        var featureInfo = new FeatureInfo(
            feature.Name, feature.Description.Trim(), [.. feature.Tags.Select(t => WithoutAt(t.Name))], filePath);

        return [.. pickles.Select(pickle => ToScenarioCase(idPath, pickle, featureInfo, source, index))];
    }

    private static Gherkin.Ast.GherkinDocument ParseAst(string filePath, string text)
    {
        try
        {
            return new Parser().Parse(new StringReader(text));
        }
        catch (CompositeParserException e)
        {
            throw new FeatureParseException(filePath, Describe(filePath, e.Errors), e);
        }
        catch (ParserException e)
        {
            throw new FeatureParseException(filePath, Describe(filePath, [e]), e);
        }
    }

    private static string Describe(string filePath, IEnumerable<ParserException> errors) =>
        $"{filePath} is not valid Gherkin:" + string.Concat(errors.Select(e =>
            $"{Environment.NewLine}  {filePath}:{e.Location?.Line}: {e.Message}"));

    private static ScenarioCase ToScenarioCase(string idPath, Pickle pickle, FeatureInfo featureInfo, FeatureSource source, GherkinDocumentIndex index)
    {
        var scenario = index.Scenario(pickle.AstNodeIds[0]);
        var exampleRow = pickle.AstNodeIds.Count > 1 ? index.ExampleRow(pickle.AstNodeIds[1]) : null;

        var arguments = new OrderedDictionary<string, string>();
        if (exampleRow is not null)
        {
            foreach (var (header, cell) in exampleRow.Examples.TableHeader.Cells.Zip(exampleRow.Row.Cells))
            {
                arguments[header.Value] = cell.Value;
            }
        }

        var scenarioInfo = new ScenarioInfo(
            pickle.Name,
            scenario.Description.Trim(),
            [.. pickle.Tags.Select(t => WithoutAt(t.Name))],
            arguments);
        var steps = pickle.Steps.Select(step =>
        {
            var written = index.Step(step.AstNodeIds[0]);
            return new ScenarioStep(step, written.Keyword.Trim(), (int)written.Location.Line);
        }).ToList();
        var line = (int)pickle.Location.Line;

        return new ScenarioCase($"{idPath}:{line}", pickle, featureInfo, scenarioInfo, steps, line, source);
    }

    private static string WithoutAt(string tag) => tag.TrimStart('@');
}
