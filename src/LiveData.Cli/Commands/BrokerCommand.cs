using System.CommandLine;
using LiveData.Messaging.Broker;

namespace LiveData.Cli.Commands;

/// <summary><c>livedata broker</c>: hosts the embedded Kafka-protocol broker until SIGINT/SIGTERM.</summary>
public static class BrokerCommand
{
    public static Command Create()
    {
        var port = CommonOptions.Port(9092);
        var logLevel = CommonOptions.LogLevel();
        var topicsFile = new Option<FileInfo?>("--topics-file")
        {
            Description = "Remember created topics in this file and create them again at start, so a restarted broker keeps its topics (not their messages)",
        };
        var command = new Command("broker", "Run the embedded Kafka-protocol broker (librdkafka mock cluster) on localhost") { port, logLevel, topicsFile };
        command.SetAction(async (result, ct) =>
        {
            using var logging = ConsoleLogging.Create(result.GetValue(logLevel));
            var logger = logging.CreateLogger("broker");
            try
            {
                var ledger = result.GetValue(topicsFile) is { } file ? new TopicLedger(file.FullName) : null;
                await EmbeddedBrokerHost.RunAsync(result.GetValue(port), logger, bootstrap => Console.WriteLine($"bootstrap: {bootstrap}"), ct, ledger);
                return 0;
            }
            catch (BrokerStartException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }
}
