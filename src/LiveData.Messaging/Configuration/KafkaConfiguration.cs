using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace LiveData.Messaging.Configuration;

/// <summary>
/// Where the Kafka settings come from and how a host gets them: the environment variables, with the
/// <c>--bootstrap-servers</c> option on top, bound to <see cref="KafkaOptions"/>, validated, and offered as <see cref="KafkaSettings"/>.
/// </summary>
public static class KafkaConfiguration
{
    /// <summary>The environment variables, then the command-line option, which wins when given (a blank one is no option).</summary>
    public static IConfigurationBuilder AddKafkaSources(this IConfigurationBuilder builder, string? bootstrapServersOption) =>
        builder.AddEnvironmentVariables().AddBootstrapServersOption(bootstrapServersOption);

    /// <summary><c>--bootstrap-servers</c> over whatever the configuration already holds, unless it is blank.</summary>
    public static IConfigurationBuilder AddBootstrapServersOption(this IConfigurationBuilder builder, string? bootstrapServersOption) =>
        string.IsNullOrWhiteSpace(bootstrapServersOption)
            ? builder
            : builder.AddInMemoryCollection([new(KafkaSettings.BootstrapServersVariable, bootstrapServersOption)]);

    /// <summary>
    /// Binds <see cref="KafkaOptions"/> from <paramref name="configuration"/> and registers the validated <see cref="KafkaSettings"/>;
    /// resolving them throws <see cref="KafkaSettingsException"/> listing every problem.
    /// </summary>
    public static IServiceCollection AddKafkaSettings(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KafkaOptions>().Bind(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KafkaOptions>, KafkaOptionsValidator>());
        services.AddSingleton(provider => Settings(provider.GetRequiredService<IOptions<KafkaOptions>>()));
        return services;
    }

    private static KafkaSettings Settings(IOptions<KafkaOptions> options)
    {
        try
        {
            return options.Value.Interpret().Settings;
        }
        catch (OptionsValidationException e)
        {
            throw new KafkaSettingsException([.. e.Failures]);
        }
    }
}
