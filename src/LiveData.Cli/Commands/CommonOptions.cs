using System.CommandLine;
using System.CommandLine.Parsing;
using LiveData.Instruments;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using Microsoft.Extensions.Logging;

namespace LiveData.Cli.Commands;

/// <summary>Options every component shares, so each reads its broker and instrument the same way.</summary>
public static class CommonOptions
{
    public const string DefaultInstrument = "dummy";

    public static Option<string> Instrument() => new Option<string>("--instrument")
    {
        Description = "Instrument name",
        DefaultValueFactory = _ => DefaultInstrument,
    }.AcceptOnlyFromAmong([.. InstrumentCatalog.Names]);

    /// <summary>The instrument a command names, for validators: they see no default for an option left out.</summary>
    public static string InstrumentOf(CommandResult result, Option<string> instrument) => result.GetValue(instrument) ?? DefaultInstrument;

    public static Option<string?> BootstrapServers() => new("--bootstrap-servers")
    {
        Description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS, else localhost:9092)",
    };

    public static Option<string?> TopicPrefix()
    {
        var option = new Option<string?>("--topic-prefix")
        {
            Description = $"Prefix of every topic name, to share a broker between isolated deployments (default: ${TopicNamespace.PrefixVariable}, else none)",
        };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { Length: > 0 } prefix && !TopicNames.IsValid(prefix))
            {
                r.AddError($"--topic-prefix '{prefix}' may only use the characters [a-zA-Z0-9._-]");
            }
        });
        return option;
    }

    public static Option<LogLevel> LogLevel() => new("--log-level")
    {
        Description = "Minimum log level (Trace, Debug, Information, Warning, Error, Critical)",
        DefaultValueFactory = _ => Microsoft.Extensions.Logging.LogLevel.Information,
    };

    public static Option<int> Port(int fallback) => new("--port")
    {
        Description = "TCP port clients connect to",
        DefaultValueFactory = _ => fallback,
    };

    public static TopicNamespace Namespace(ParseResult result, Option<string?> topicPrefix) =>
        TopicNamespace.Resolve(result.GetValue(topicPrefix));

    /// <summary>The Kafka settings, or null after telling the user on stderr why they cannot be used.</summary>
    public static KafkaSettings? Settings(ParseResult result, Option<string?> bootstrapServers) =>
        BrokerGuard.Resolve(result.GetValue(bootstrapServers), Console.Error);
}
