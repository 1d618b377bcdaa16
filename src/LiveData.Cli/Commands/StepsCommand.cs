using System.CommandLine;

namespace LiveData.Cli.Commands;

/// <summary><c>livedata steps</c>: prints the scenario glossary (features/GLOSSARY.md, embedded at build time) scientists write scenarios with.</summary>
public static class StepsCommand
{
    public static Command Create()
    {
        var command = new Command("steps", "Print the scenario glossary: domain words, tags, service groups, instruments and every Gherkin step phrase with parameters and an example");
        command.SetAction(async (_, ct) =>
        {
            await using var glossary = typeof(StepsCommand).Assembly.GetManifestResourceStream("GLOSSARY.md")
                ?? throw new InvalidOperationException("The step glossary is not embedded in this build");
            using var reader = new StreamReader(glossary);
            Console.Write(await reader.ReadToEndAsync(ct));
            return 0;
        });
        return command;
    }
}
