using Confluent.Kafka;
using Microsoft.Extensions.Logging;

namespace LiveData.Messaging.Clients;

/// <summary>
/// Routes librdkafka's own log lines and error callbacks into <see cref="ILogger"/>, which
/// otherwise go straight to stderr and bypass the application's log configuration.
/// </summary>
internal static class KafkaClientLogging
{
    public static ProducerBuilder<TKey, TValue> WithLogging<TKey, TValue>(this ProducerBuilder<TKey, TValue> builder, ILogger logger) =>
        builder.SetLogHandler((_, message) => Log(logger, message)).SetErrorHandler((_, error) => Log(logger, error));

    public static ConsumerBuilder<TKey, TValue> WithLogging<TKey, TValue>(this ConsumerBuilder<TKey, TValue> builder, ILogger logger) =>
        builder.SetLogHandler((_, message) => Log(logger, message)).SetErrorHandler((_, error) => Log(logger, error));

    public static AdminClientBuilder WithLogging(this AdminClientBuilder builder, ILogger logger) =>
        builder.SetLogHandler((_, message) => Log(logger, message)).SetErrorHandler((_, error) => Log(logger, error));

    /// <summary>
    /// librdkafka logs connection churn at warning level; it is diagnostic detail here. An offset reset is not: the
    /// consumer fell out of the retained log and skips to where <c>auto.offset.reset</c> says, so messages were lost.
    /// </summary>
    public static void Log(ILogger logger, LogMessage message) =>
        logger.Log(
            message.Facility == "OFFSET" ? LogLevel.Warning : LogLevel.Debug,
            "librdkafka {Client} {Facility}: {Message}",
            message.Name,
            message.Facility,
            message.Message);

    // Most client errors are transient and retried internally; only fatal ones end a client.
    private static void Log(ILogger logger, Error error) =>
        logger.Log(
            error.IsFatal ? LogLevel.Error : LogLevel.Debug,
            "Kafka client error {Code}: {Reason}",
            error.Code,
            error.Reason);
}
