using LiveData.Core.Beamline;
using LiveData.Services.Routing;

namespace LiveData.Tests.Services;

/// <summary>Upstream's DeviceSynthesizer (kafka/device_synthesizer.py): bootstrap, union-anchored emission, max time.</summary>
public sealed class DeviceSynthesizerTests
{
    private static readonly LogDevice Motor = new("m", "mm", "m/value", "m/target_value", "m/idle_flag");

    private readonly DeviceSynthesizer _synthesizer = new([Motor]);

    private StreamMessage? Push(string stream, long time, double value) => _synthesizer.Merge(new LogMessage(stream, time, value));

    private void Bootstrap()
    {
        Push("m/value", 10, 1.5);
        Push("m/target_value", 20, 4);
        Push("m/idle_flag", 30, 0);
    }

    [Fact]
    public void Nothing_is_emitted_until_every_substream_was_seen()
    {
        Push("m/value", 10, 1.5).Should().BeNull();
        Push("m/value", 11, 1.6).Should().BeNull();
        Push("m/target_value", 20, 4).Should().BeNull();

        Push("m/idle_flag", 30, 0).Should().Be(new LogMessage("m", 30, 1.6, 4, false));
    }

    [Fact]
    public void After_bootstrap_every_substream_sample_emits_with_the_latest_of_all()
    {
        Bootstrap();

        Push("m/value", 40, 2).Should().Be(new LogMessage("m", 40, 2, 4, false));
        Push("m/target_value", 50, 3).Should().Be(new LogMessage("m", 50, 2, 3, false));
        Push("m/idle_flag", 60, 1).Should().Be(new LogMessage("m", 60, 2, 3, true));
    }

    [Fact]
    public void The_time_is_the_latest_substream_time_even_when_a_sample_arrives_late()
    {
        Bootstrap();

        Push("m/value", 5, 2).Should().Be(new LogMessage("m", 30, 2, 4, false), "the idle flag's 30 is the latest");
    }

    [Fact]
    public void Any_nonzero_done_value_means_idle()
    {
        Bootstrap();

        ((LogMessage)Push("m/idle_flag", 40, 2)!).Idle.Should().BeTrue();
    }

    [Fact]
    public void A_device_without_setpoint_or_done_flag_needs_only_what_it_has()
    {
        var synthesizer = new DeviceSynthesizer([new LogDevice("r", "deg", "r/value", null, null), new LogDevice("t", "mm", "t/value", "t/target_value", null)]);

        synthesizer.Merge(new LogMessage("r/value", 7, 3)).Should().Be(new LogMessage("r", 7, 3));
        synthesizer.Merge(new LogMessage("t/target_value", 8, 5)).Should().BeNull();
        synthesizer.Merge(new LogMessage("t/value", 9, 4)).Should().Be(new LogMessage("t", 9, 4, 5));
    }

    [Fact]
    public void Messages_of_other_streams_pass_unchanged()
    {
        var log = new LogMessage("other/value", 1, 2);
        var events = new EventMessage("detector", 3, new byte[] { 1, 2 });

        _synthesizer.Merge(log).Should().BeSameAs(log);
        _synthesizer.Merge(events).Should().BeSameAs(events);
    }

    [Fact]
    public void A_log_in_two_devices_is_refused_naming_both() =>
        FluentActions.Invoking(() => new DeviceSynthesizer([Motor, new LogDevice("n", "mm", "n/value", "m/target_value", null)]))
            .Should().Throw<ArgumentException>().WithMessage("*'m/target_value'*'m'*'n'*");
}
