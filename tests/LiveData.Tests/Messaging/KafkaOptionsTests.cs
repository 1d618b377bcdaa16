using Confluent.Kafka;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LiveData.Tests.Messaging;

/// <summary>
/// The Kafka settings as .NET options: bound from configuration keys named as the environment variables, the
/// <c>--bootstrap-servers</c> option layered on top, validated with the messages the CLI prints.
/// </summary>
public sealed class KafkaOptionsTests
{
    private static ServiceProvider Services(string? bootstrapServersOption, params (string Name, string? Value)[] variables) =>
        new ServiceCollection().AddKafkaSettings(KafkaVariables.Configuration(bootstrapServersOption, variables)).BuildServiceProvider();

    [Fact]
    public void Every_variable_binds_to_its_option_as_given()
    {
        using var services = Services(null,
            (KafkaSettings.BootstrapServersVariable, " broker:9093 "),
            (KafkaSettings.SecurityProtocolVariable, "sasl_ssl"),
            (KafkaSettings.SaslMechanismVariable, "PLAIN"),
            (KafkaSettings.SaslUsernameVariable, "livedata"),
            (KafkaSettings.SaslPasswordVariable, " pw "),
            (KafkaSettings.SslCaLocationVariable, ""));

        var options = services.GetRequiredService<IOptions<KafkaOptions>>().Value;

        options.BootstrapServers.Should().Be(" broker:9093 ");
        options.SecurityProtocol.Should().Be("sasl_ssl");
        options.SaslMechanism.Should().Be("PLAIN");
        options.SaslUsername.Should().Be("livedata");
        options.SaslPassword.Should().Be(" pw ");
        options.SslCaLocation.Should().BeNullOrEmpty();
        var settings = services.GetRequiredService<KafkaSettings>();
        settings.BootstrapServers.Should().Be("broker:9093", "values are trimmed");
        settings.SecurityProtocol.Should().Be(SecurityProtocol.SaslSsl, "Kafka's spelling in any case");
        settings.SaslPassword.Should().Be(" pw ", "a password is taken verbatim");
        settings.SslCaLocation.Should().BeNull("a blank value is no value");
    }

    [Theory]
    [InlineData("option:1", "env:2", "option:1")]
    [InlineData(" option:1 ", "env:2", "option:1")]
    [InlineData(null, "env:2", "env:2")]
    [InlineData(" ", "env:2", "env:2")]
    [InlineData("", null, KafkaSettings.DefaultBootstrapServers)]
    [InlineData(null, " ", KafkaSettings.DefaultBootstrapServers)]
    public void The_option_wins_then_the_variable_then_localhost_9092(string? option, string? variable, string expected)
    {
        using var services = Services(option, (KafkaSettings.BootstrapServersVariable, variable));

        services.GetRequiredService<KafkaSettings>().BootstrapServers.Should().Be(expected);
    }

    [Fact]
    public void The_option_is_layered_over_the_environment_variables()
    {
        var configuration = new ConfigurationBuilder().AddKafkaSources("option:1").Build();

        configuration[KafkaSettings.BootstrapServersVariable].Should().Be("option:1");
        configuration.Providers.Should().HaveCount(2, "the environment variables, then the option");
    }

    [Theory]
    [MemberData(nameof(KafkaSecuritySettingsTests.RefusedSettings), MemberType = typeof(KafkaSecuritySettingsTests))]
    public void The_validator_names_every_problem_in_order(string spec, string problems)
    {
        var options = KafkaVariables.Configuration(null, KafkaSecuritySettingsTests.Variables(spec)).Get<KafkaOptions>()!;

        var result = new KafkaOptionsValidator().Validate(null, options);

        result.Failed.Should().BeTrue();
        result.Failures.Should().Equal(problems.Split('|'));
    }

    [Fact]
    public void Complete_settings_pass_the_validator()
    {
        var options = new KafkaOptions { SecurityProtocol = "SASL_PLAINTEXT", SaslMechanism = "SCRAM-SHA-256", SaslUsername = "u", SaslPassword = "pw" };

        new KafkaOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
        new KafkaOptionsValidator().Validate(null, new KafkaOptions()).Succeeded.Should().BeTrue("nothing set is PLAINTEXT to localhost:9092");
    }

    [Fact]
    public void Invalid_options_fail_as_options_and_as_settings_with_the_message_the_cli_prints()
    {
        using var services = Services(null, (KafkaSettings.SecurityProtocolVariable, "SASL_SSL"), (KafkaSettings.SaslMechanismVariable, "PLAIN"), (KafkaSettings.SaslUsernameVariable, "u"));

        var options = () => services.GetRequiredService<IOptions<KafkaOptions>>().Value;
        var settings = () => services.GetRequiredService<KafkaSettings>();

        options.Should().Throw<OptionsValidationException>().Which.Failures.Should().Equal("KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_PASSWORD");
        settings.Should().Throw<KafkaSettingsException>().Which.Message.Should().Be(
            $"Invalid Kafka settings:{Environment.NewLine}  - KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_PASSWORD");
    }
}
