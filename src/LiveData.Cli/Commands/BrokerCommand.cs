using System.CommandLine;
using LiveData.Messaging;
using Microsoft.Extensions.Logging;

namespace LiveData.Cli.Commands;

/// <summary><c>livedata broker</c>: hosts the embedded Kafka-protocol broker until SIGINT/SIGTERM.</summary>
public static class BrokerCommand
{
    public static Command Create()
    {
        var port = CommonOptions.Port(9092);
        var logLevel = CommonOptions.LogLevel();
        var command = new Command("broker", "Run the embedded Kafka-protocol broker (librdkafka mock cluster) on localhost") { port, logLevel };
        command.SetAction(async (result, ct) =>
        {
            using var logging = ConsoleLogging.Create(result.GetValue(logLevel));
            var logger = logging.CreateLogger("broker");
            try
            {
                await EmbeddedBrokerHost.RunAsync(result.GetValue(port), logger, bootstrap => Console.WriteLine($"bootstrap: {bootstrap}"), ct);
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
