using System.CommandLine;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging;

namespace LiveData.Cli.Commands;

/// <summary><c>livedata topics ensure</c>: creates an instrument's topics if they are missing.</summary>
public static class TopicsCommand
{
    public static Command Create()
    {
        var instrument = CommonOptions.Instrument();
        var bootstrap = CommonOptions.BootstrapServers();
        var topicPrefix = CommonOptions.TopicPrefix();
        var partitions = new Option<int>("--partitions") { Description = "Partitions per new topic", DefaultValueFactory = _ => 1 };
        var ensure = new Command("ensure", "Create the instrument's raw and livedata topics (idempotent)") { instrument, bootstrap, topicPrefix, partitions };
        ensure.SetAction(async (result, ct) =>
        {
            if (CommonOptions.Settings(result, bootstrap) is not { } settings)
            {
                return BrokerGuard.InvalidSettingsExitCode;
            }
            if (!await BrokerGuard.IsReachableAsync(settings, ct))
            {
                return BrokerGuard.UnreachableExitCode;
            }
            using var logging = ConsoleLogging.Create(LogLevel.Warning);
            var topics = InstrumentTopics.For(result.GetValue(instrument)!, CommonOptions.Namespace(result, topicPrefix)).All;
            await TopicProvisioner.Create(settings, logging.CreateLogger("topics")).EnsureTopicsAsync(topics, result.GetValue(partitions), ct);
            foreach (var topic in topics)
            {
                Console.WriteLine(topic);
            }
            return 0;
        });
        return new Command("topics", "Manage Kafka topics") { ensure };
    }
}
