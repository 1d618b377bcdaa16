using System.CommandLine;
using LiveData.Messaging.Broker;
using LiveData.Services.Hosting;
using Microsoft.Extensions.Hosting;

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
            var host = BrokerHost.Build(
                new EmbeddedBrokerOptions(result.GetValue(port), result.GetValue(topicsFile)?.FullName),
                logging => logging.AddLiveDataConsole(result.GetValue(logLevel)));
            await using var hostDisposal = host.Asynchronously();
            try
            {
                if (await BrokerHost.StartAsync(host, ct) is not { } bootstrap)
                {
                    return BrokerHost.StartFailedExitCode;
                }
                Console.WriteLine($"bootstrap: {bootstrap}");
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return 0;
            }
            await host.WaitForShutdownAsync(ct);
            return 0;
        });
        return command;
    }
}
