namespace LiveData.Tests.Cli;

/// <summary>
/// Where a real <c>livedata</c> process takes its broker from: <c>--bootstrap-servers</c>, else <c>KAFKA_BOOTSTRAP_SERVERS</c>
/// from its environment, else <c>localhost:9092</c>; and security variables from its environment. Nothing listens on the
/// ports used, so each run names the address it tried and exits with 2.
/// </summary>
public sealed class KafkaSettingsSourceTests
{
    private static Task<LiveDataRun> TopicsEnsure(IReadOnlyDictionary<string, string> environment, params string[] options) =>
        LiveDataRun.RunAsync(environment, ["topics", "ensure", .. options], TestContext.Current.CancellationToken);

    [Fact]
    public async Task The_option_wins_over_the_environment()
    {
        var run = await TopicsEnsure(new Dictionary<string, string> { [KafkaSettings.BootstrapServersVariable] = "127.0.0.1:2" }, "--bootstrap-servers", "127.0.0.1:1");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().StartWith("No Kafka broker at 127.0.0.1:1 ").And.Contain("livedata broker");
    }

    [Fact]
    public async Task The_environment_is_used_without_the_option()
    {
        var run = await TopicsEnsure(new Dictionary<string, string> { [KafkaSettings.BootstrapServersVariable] = " 127.0.0.1:2 " });

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().StartWith("No Kafka broker at 127.0.0.1:2 ");
    }

    [Fact]
    public async Task Security_variables_come_from_the_environment_and_are_checked_before_the_broker()
    {
        var run = await TopicsEnsure(
            new Dictionary<string, string> { [KafkaSettings.SecurityProtocolVariable] = "SASL_PLAINTEXT", [KafkaSettings.SaslUsernameVariable] = "u" },
            "--bootstrap-servers", "127.0.0.1:1");

        run.ExitCode.Should().Be(2);
        run.Stderr.Should().Be(string.Join(Environment.NewLine,
            "Invalid Kafka settings:",
            "  - KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT needs KAFKA_SASL_MECHANISM",
            "  - KAFKA_SECURITY_PROTOCOL=SASL_PLAINTEXT needs KAFKA_SASL_PASSWORD",
            ""));
    }
}
