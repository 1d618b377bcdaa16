using System.CommandLine;
using LiveData.Wire;

namespace LiveData.Cli.Commands;

/// <summary><c>livedata inspect FILE</c>: decodes a captured message (schema from its file identifier) and prints it as JSON.</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A captured ev44, da00, f144, x5f2 or ad00 message" };
        var command = new Command("inspect", "Decode a captured flatbuffer message and print it as JSON") { file };
        command.SetAction(async (result, ct) =>
        {
            var path = result.GetValue(file)!;
            if (!path.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {path.FullName}");
                return 1;
            }
            try
            {
                Console.WriteLine(WireJson.ToJson(await File.ReadAllBytesAsync(path.FullName, ct)));
                return 0;
            }
            catch (WireFormatException e)
            {
                await Console.Error.WriteLineAsync($"{path.Name}: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
