using Confluent.Kafka;

namespace LiveData.Tests.Messaging;

public sealed class KafkaSettingsTests
{
    [Fact]
    public void The_command_line_option_wins_over_the_environment()
    {
        var settings = KafkaVariables.Resolve("option:1", (KafkaSettings.BootstrapServersVariable, "env:2"));

        settings.BootstrapServers.Should().Be("option:1");
    }

    [Fact]
    public void The_environment_is_used_without_an_option()
    {
        var settings = KafkaVariables.Resolve(null, (KafkaSettings.BootstrapServersVariable, "env:2"));

        settings.BootstrapServers.Should().Be("env:2");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("", " ")]
    public void Localhost_9092_is_the_default(string? option, string? variable)
    {
        var settings = KafkaVariables.Resolve(option, (KafkaSettings.BootstrapServersVariable, variable));

        settings.BootstrapServers.Should().Be("localhost:9092");
        settings.SecurityProtocol.Should().BeNull();
        settings.SaslPassword.Should().BeNull();
    }

    [Fact]
    public void Security_settings_come_from_the_environment_in_kafka_spelling()
    {
        var settings = KafkaVariables.Resolve(null,
            (KafkaSettings.SecurityProtocolVariable, "SASL_SSL"),
            (KafkaSettings.SaslMechanismVariable, "SCRAM-SHA-512"),
            (KafkaSettings.SaslUsernameVariable, "livedata"),
            (KafkaSettings.SaslPasswordVariable, "s3cret"));

        settings.SecurityProtocol.Should().Be(SecurityProtocol.SaslSsl);
        settings.SaslMechanism.Should().Be(SaslMechanism.ScramSha512);
        var consumer = settings.CreateConsumerConfig("group");
        consumer.SecurityProtocol.Should().Be(SecurityProtocol.SaslSsl);
        consumer.SaslUsername.Should().Be("livedata");
        settings.CreateProducerConfig().SaslPassword.Should().Be("s3cret");
        settings.CreateAdminConfig().SaslMechanism.Should().Be(SaslMechanism.ScramSha512);
    }

    [Fact]
    public void An_unknown_security_protocol_names_the_variable()
    {
        var act = () => KafkaVariables.Resolve(null, (KafkaSettings.SecurityProtocolVariable, "carrier-pigeon"));

        act.Should().Throw<KafkaSettingsException>().WithMessage("*KAFKA_SECURITY_PROTOCOL*carrier-pigeon*");
    }

    [Fact]
    public void The_password_never_appears_in_the_text_form()
    {
        var settings = new KafkaSettings("broker:9093") { SaslUsername = "livedata", SaslPassword = "s3cret" };

        var text = settings.ToString();

        text.Should().NotContain("s3cret").And.Contain("SaslPassword = ***").And.Contain("broker:9093").And.Contain("livedata");
    }

    [Fact]
    public void Client_configurations_suit_large_frames_and_low_latency()
    {
        var settings = new KafkaSettings("localhost:9092");

        var producer = settings.CreateProducerConfig();
        producer.MessageMaxBytes.Should().Be(100_971_520);
        producer.LingerMs.Should().Be(5);
        producer.Acks.Should().Be(Acks.All);
        producer.EnableIdempotence.Should().BeFalse();
        producer.AllowAutoCreateTopics.Should().BeFalse();

        var consumer = settings.CreateConsumerConfig("group");
        consumer.GroupId.Should().Be("group");
        consumer.EnableAutoCommit.Should().BeFalse();
        consumer.FetchWaitMaxMs.Should().BeInRange(10, 100);
        consumer.SessionTimeoutMs.Should().Be(6000);

        settings.CreateAdminConfig().AllowAutoCreateTopics.Should().BeFalse();
    }

    [Fact]
    public void A_blank_bootstrap_address_is_rejected()
    {
        var act = () => new KafkaSettings(" ");

        act.Should().Throw<ArgumentException>();
    }
}
