using LiveData.Core.Beamline;
using LiveData.Instruments.Logs;

namespace LiveData.Tests.Instruments.Logs;

/// <summary>Upstream's <c>_detect_devices</c>: RBV plus VAL or DMOV under one NeXus group, classified by the PV suffix.</summary>
public sealed class DeviceDetectionTests
{
    private const string Group = "/entry/instrument/m";

    private static ParsedF144Stream Log(string leaf, string source, string unit = "mm") => new($"{Group}/{leaf}", source, "tbl_motion", unit);

    private static ParsedF144Stream Readback => Log("value", "X.RBV");

    private static ParsedF144Stream Setpoint => Log("target_value", "X.VAL");

    private static ParsedF144Stream Done => Log("idle_flag", "X.DMOV", "dimensionless");

    private static IReadOnlyDictionary<string, LogDevice> Detect(params ParsedF144Stream[] streams) => DeviceDetection.Detect(streams);

    [Fact]
    public void Readback_setpoint_and_done_flag_make_a_device_keyed_by_their_group() =>
        Detect(Readback, Setpoint, Done).Should().Equal(new Dictionary<string, LogDevice>
        {
            [Group] = new(Group, "mm", $"{Group}/value", $"{Group}/target_value", $"{Group}/idle_flag"),
        });

    [Fact]
    public void Readback_and_setpoint_make_a_device_without_idle() =>
        Detect(Readback, Setpoint)[Group].Should().Be(new LogDevice(Group, "mm", $"{Group}/value", $"{Group}/target_value", null));

    [Fact]
    public void Readback_and_a_dimensionless_done_flag_make_a_device_without_target_in_the_readbacks_unit() =>
        Detect(Done, Readback)[Group].Should().Be(new LogDevice(Group, "mm", $"{Group}/value", null, $"{Group}/idle_flag"));

    [Fact]
    public void A_lone_readback_is_no_device() => Detect(Readback).Should().BeEmpty();

    [Fact]
    public void Setpoint_and_done_flag_without_readback_are_no_device() => Detect(Setpoint, Done).Should().BeEmpty();

    [Fact]
    public void Readback_and_setpoint_of_different_groups_are_no_device() =>
        Detect(Readback, new ParsedF144Stream("/entry/instrument/other/target_value", "X.VAL", "tbl_motion", "mm")).Should().BeEmpty();

    [Fact]
    public void Roles_come_from_the_pv_suffix_whatever_the_child_is_called() =>
        Detect(Log("position_readback", "TBL-AttChg:MC-LinY-01:Mtr.RBV"), Log("position_setpoint", "TBL-AttChg:MC-LinY-01:Mtr.VAL"))[Group]
            .Should().Be(new LogDevice(Group, "mm", $"{Group}/position_readback", $"{Group}/position_setpoint", null));

    [Theory]
    [InlineData("BIFRO-SpSl1:MC-SlZm-01:PzMtr-PosReadback")]
    [InlineData("X.RBV.PROC")]
    [InlineData("X-RBV")]
    public void A_log_with_an_unclassifiable_suffix_stays_out_of_the_device(string source)
    {
        var device = Detect(Readback, Setpoint, Log("potentiometer_value", source))[Group];

        device.Substreams.Should().Equal($"{Group}/value", $"{Group}/target_value");
    }

    [Fact]
    public void Two_readbacks_in_one_group_are_refused_naming_the_group() =>
        FluentActions.Invoking(() => Detect(Readback, Log("value_alt", "Y.RBV"), Setpoint))
            .Should().Throw<ArgumentException>().WithMessage($"*'{Group}'*'{Group}/value'*'{Group}/value_alt'*");

    [Fact]
    public void Readback_and_setpoint_in_different_units_are_refused() =>
        FluentActions.Invoking(() => Detect(Readback, Log("target_value", "X.VAL", "deg")))
            .Should().Throw<ArgumentException>().WithMessage($"*'{Group}'*'mm'*'deg'*");
}
