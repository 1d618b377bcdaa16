using System.CommandLine;
using LiveData.Instruments;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging;

namespace LiveData.Cli.Commands;

/// <summary>
/// <c>livedata topics ensure</c>: creates an instrument's topics if they are missing — the DEV raw topics the fakes
/// publish to, the production raw topics services read without <c>--dev</c>, and the livedata topics.
/// </summary>
public static class TopicsCommand
{
    public static Command Create()
    {
        var instrument = CommonOptions.Instrument();
        var bootstrap = CommonOptions.BootstrapServers();
        var topicPrefix = CommonOptions.TopicPrefix();
        var partitions = new Option<int>("--partitions") { Description = "Partitions per new topic", DefaultValueFactory = _ => 1 };
        var ensure = new Command("ensure", "Create the instrument's raw (DEV and production) and livedata topics (idempotent)") { instrument, bootstrap, topicPrefix, partitions };
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
            var topicNamespace = CommonOptions.Namespace(result, topicPrefix);
            var name = result.GetValue(instrument)!;
            string[] topics = [.. InstrumentTopics.For(name, topicNamespace).All.Union(InstrumentCatalog.Get(name).ProdTopics.Select(topicNamespace.Apply))];
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
