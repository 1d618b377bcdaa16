using Microsoft.Extensions.Configuration;

namespace LiveData.Tests.Messaging;

/// <summary>Kafka environment variables as configuration holds them, standing in for the process environment, which tests must not change.</summary>
internal static class KafkaVariables
{
    public static KafkaSettings Resolve(string? bootstrapServersOption, params (string Name, string? Value)[] variables) =>
        KafkaSettings.From(Configuration(bootstrapServersOption, variables));

    /// <summary>The variables, then the option on top, as <see cref="KafkaConfiguration.AddKafkaSources"/> layers the environment and the option.</summary>
    public static IConfiguration Configuration(string? bootstrapServersOption, params (string Name, string? Value)[] variables) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(variables.Select(v => KeyValuePair.Create(v.Name, v.Value)))
            .AddBootstrapServersOption(bootstrapServersOption)
            .Build();
}
