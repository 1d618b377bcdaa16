using Confluent.Kafka;
using LiveData.Cli.Commands;
using LiveData.Tests.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveData.Tests.Messaging;

/// <summary>
/// KAFKA_SECURITY_PROTOCOL, KAFKA_SASL_* and KAFKA_SSL_CA_LOCATION: complete settings reach every client; partial or
/// unknown ones are refused before any client exists, with a message naming the variables; the password never
/// appears in any text.
/// </summary>
public sealed class KafkaSecuritySettingsTests : IDisposable
{
    private const string Secret = "s3cret-Pw0rd";
    private readonly string _caFile = Path.GetTempFileName();

    public void Dispose() => File.Delete(_caFile);

    /// <summary>Variables ("NAME=value ...", SECRET for the password) and the problems they are refused with ("|" between), in order.</summary>
    public static TheoryData<string, string> RefusedSettings => new()
    {
        { "KAFKA_SECURITY_PROTOCOL=SASL_SSL", "KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_MECHANISM|KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_USERNAME|KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_PASSWORD" },
        { "KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT KAFKA_SASL_MECHANISM=PLAIN KAFKA_SASL_USERNAME=livedata", "KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT needs KAFKA_SASL_PASSWORD" },
        { "KAFKA_SECURITY_PROTOCOL=SASL_SSL KAFKA_SASL_MECHANISM=PLAIN KAFKA_SASL_PASSWORD=SECRET", "KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_USERNAME" },
        { "KAFKA_SASL_USERNAME=livedata KAFKA_SASL_PASSWORD=SECRET", "KAFKA_SASL_USERNAME is set but KAFKA_SECURITY_PROTOCOL is unset (PLAINTEXT); SASL credentials need SASL_PLAINTEXT or SASL_SSL|KAFKA_SASL_PASSWORD is set but KAFKA_SECURITY_PROTOCOL is unset (PLAINTEXT); SASL credentials need SASL_PLAINTEXT or SASL_SSL" },
        { "KAFKA_SECURITY_PROTOCOL=SSL KAFKA_SASL_MECHANISM=SCRAM-SHA-256", "KAFKA_SASL_MECHANISM is set but KAFKA_SECURITY_PROTOCOL is SSL; SASL credentials need SASL_PLAINTEXT or SASL_SSL" },
        { "KAFKA_SECURITY_PROTOCOL=SASL_SSL KAFKA_SASL_MECHANISM=GSSAPI KAFKA_SASL_USERNAME=u KAFKA_SASL_PASSWORD=SECRET", "KAFKA_SASL_MECHANISM='GSSAPI' is not one of PLAIN, SCRAM-SHA-256, SCRAM-SHA-512" },
        { "KAFKA_SECURITY_PROTOCOL=TLS", "KAFKA_SECURITY_PROTOCOL='TLS' is not one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL" },
        { "KAFKA_SECURITY_PROTOCOL=SSL KAFKA_SSL_CA_LOCATION=/nonexistent/ca.pem", "KAFKA_SSL_CA_LOCATION=/nonexistent/ca.pem does not exist" },
        { "KAFKA_SSL_CA_LOCATION=/nonexistent/ca.pem KAFKA_SECURITY_PROTOCOL=carrier-pigeon", "KAFKA_SSL_CA_LOCATION=/nonexistent/ca.pem does not exist|KAFKA_SECURITY_PROTOCOL='carrier-pigeon' is not one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL" },
    };

    /// <summary>"NAME=value ..." as variables; SECRET stands for the password.</summary>
    internal static (string Name, string? Value)[] Variables(string spec) =>
        [.. spec.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split('=', 2)).Select(p => (p[0], (string?)(p[1] == "SECRET" ? Secret : p[1])))];

    [Theory]
    [MemberData(nameof(RefusedSettings))]
    public void Partial_or_unknown_settings_are_refused_with_every_problem_named(string spec, string problems)
    {
        var act = () => KafkaVariables.Resolve(null, Variables(spec));

        var error = act.Should().Throw<KafkaSettingsException>().Subject.Single();
        error.Problems.Should().Equal(problems.Split('|'));
        error.Message.Should().StartWith("Invalid Kafka settings:").And.NotContain(Secret);
    }

    [Fact]
    public void A_ca_certificate_without_tls_is_refused()
    {
        var act = () => KafkaVariables.Resolve(null, (KafkaSettings.SslCaLocationVariable, _caFile));

        act.Should().Throw<KafkaSettingsException>().Which.Problems.Should().Equal(
            "KAFKA_SSL_CA_LOCATION is set but KAFKA_SECURITY_PROTOCOL is unset (PLAINTEXT); a CA certificate needs SSL or SASL_SSL");
    }

    [Fact]
    public void Complete_sasl_ssl_settings_reach_producer_consumer_and_admin_configurations()
    {
        var settings = KafkaVariables.Resolve("broker:9093",
            (KafkaSettings.SecurityProtocolVariable, " sasl_ssl "),
            (KafkaSettings.SaslMechanismVariable, "scram-sha-256"),
            (KafkaSettings.SaslUsernameVariable, "livedata"),
            (KafkaSettings.SaslPasswordVariable, $" {Secret} "),
            (KafkaSettings.SslCaLocationVariable, _caFile));

        ClientConfig[] configs = [settings.CreateProducerConfig(), settings.CreateConsumerConfig("group"), settings.CreateAdminConfig()];

        configs.Should().AllSatisfy(config =>
        {
            config.SecurityProtocol.Should().Be(SecurityProtocol.SaslSsl);
            config.SaslMechanism.Should().Be(SaslMechanism.ScramSha256);
            config.SaslUsername.Should().Be("livedata");
            config.SaslPassword.Should().Be($" {Secret} ", "a password is taken verbatim");
            config.SslCaLocation.Should().Be(_caFile);
        });
    }

    [Fact]
    public void Tls_without_sasl_needs_no_credentials()
    {
        var settings = KafkaVariables.Resolve(null, (KafkaSettings.SecurityProtocolVariable, "SSL"), (KafkaSettings.SslCaLocationVariable, _caFile));

        var config = settings.CreateProducerConfig();

        config.SecurityProtocol.Should().Be(SecurityProtocol.Ssl);
        config.SaslMechanism.Should().BeNull();
        config.SslCaLocation.Should().Be(_caFile);
    }

    [Fact]
    public void No_client_configuration_is_built_from_partial_credentials()
    {
        var settings = new KafkaSettings("broker:9093") { SecurityProtocol = SecurityProtocol.SaslPlaintext, SaslUsername = "livedata" };

        var act = () => settings.CreateConsumerConfig("group");

        act.Should().Throw<KafkaSettingsException>().WithMessage("*needs KAFKA_SASL_MECHANISM*needs KAFKA_SASL_PASSWORD*");
    }

    [Fact]
    public void Describe_and_ToString_name_the_user_but_never_the_password()
    {
        var settings = new KafkaSettings("broker:9093")
        {
            SecurityProtocol = SecurityProtocol.SaslSsl,
            SaslMechanism = SaslMechanism.ScramSha512,
            SaslUsername = "livedata",
            SaslPassword = Secret,
        };

        settings.Describe().Should().Be("broker:9093 over SASL_SSL (SCRAM-SHA-512 as 'livedata', password set)");
        settings.ToString().Should().NotContain(Secret).And.Contain("livedata");
    }

    [Fact]
    public void The_start_up_guard_prints_the_problems_and_refuses()
    {
        var error = new StringWriter();

        using var host = new ServiceCollection()
            .AddKafkaSettings(KafkaVariables.Configuration(null, (KafkaSettings.SecurityProtocolVariable, "SASL_SSL"), (KafkaSettings.SaslPasswordVariable, Secret)))
            .BuildServiceProvider();

        var settings = BrokerGuard.ResolveFrom(host, error);

        settings.Should().BeNull();
        error.ToString().Should().Contain("needs KAFKA_SASL_USERNAME").And.NotContain(Secret);
    }

    [Fact]
    public async Task A_client_failing_to_reach_its_broker_logs_no_secret()
    {
        var log = new CapturingLogger();
        var settings = new KafkaSettings("127.0.0.1:1")
        {
            SecurityProtocol = SecurityProtocol.SaslPlaintext,
            SaslMechanism = SaslMechanism.Plain,
            SaslUsername = "livedata",
            SaslPassword = Secret,
        };
        using (new LiveData.Messaging.Kafka.KafkaPublisher(settings, log))
        {
            await log.FirstWarning.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }

        log.Messages.Should().NotBeEmpty().And.AllSatisfy(message => message.Should().NotContain(Secret));
    }

    [Fact]
    public async Task A_service_refuses_to_start_on_partial_credentials_with_exit_code_2()
    {
        var run = await LiveDataRun.RunAsync(
            new Dictionary<string, string>
            {
                [KafkaSettings.SecurityProtocolVariable] = "SASL_SSL",
                [KafkaSettings.SaslMechanismVariable] = "PLAIN",
                [KafkaSettings.SaslPasswordVariable] = Secret,
            },
            ["service", "monitor_data", "--bootstrap-servers", "127.0.0.1:1"],
            TestContext.Current.CancellationToken);

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Contain("KAFKA_SECURITY_PROTOCOL=SASL_SSL needs KAFKA_SASL_USERNAME").And.NotContain(Secret);
        run.Stdout.Should().NotContain(Secret);
    }

    /// <summary>Collects messages from librdkafka's threads and signals the first warning.</summary>
    private sealed class CapturingLogger : ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> _messages = new();
        private readonly TaskCompletionSource _firstWarning = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task FirstWarning => _firstWarning.Task;

        public IReadOnlyCollection<string> Messages => _messages;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            _messages.Enqueue(formatter(state, exception) + exception);
            if (logLevel >= LogLevel.Warning)
            {
                _firstWarning.TrySetResult();
            }
        }
    }
}
