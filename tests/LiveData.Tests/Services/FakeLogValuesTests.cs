using LiveData.Instruments.Logs;
using LiveData.Services.Fakes;

namespace LiveData.Tests.Services;

/// <summary>fake_logdata's values: one per raw log per tick, ramps by unit, devices that move and settle.</summary>
public sealed class FakeLogValuesTests
{
    public static TheoryData<string> Instruments => new(InstrumentCatalog.Names.ToArray());

    private static readonly FakeLogValues Values = new(InstrumentLogs.FromParsed(
    [
        new("/entry/instrument/m/value", "M.RBV", "x_motion", "mm"),
        new("/entry/instrument/m/target_value", "M.VAL", "x_motion", "mm"),
        new("/entry/instrument/m/idle_flag", "M.DMOV", "x_motion", "dimensionless"),
        new("/entry/instrument/arm/angle", "ARM", "x_motion", "deg"),
        new("/entry/instrument/chopper/rotation_speed", "SPD", "x_choppers", "Hz"),
        new("/entry/instrument/switch/value", "SW", "x_motion", "dimensionless"),
    ]));

    private static double At(long tick, string log) => Values.At(tick).Single(v => v.Log == log).Value;

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Every_raw_log_gets_one_value_each_tick(string instrument)
    {
        var logs = InstrumentCatalog.Get(instrument).Logs;
        var values = new FakeLogValues(logs);

        foreach (var tick in new long[] { 0, 13, 57 })
        {
            var at = values.At(tick).ToList();
            at.Select(v => v.Log).Should().BeEquivalentTo(logs.Streams.Select(s => s.Name));
            at.Should().AllSatisfy(v => double.IsFinite(v.Value).Should().BeTrue(v.Log));
        }
    }

    [Theory]
    [InlineData(0, 0, 50, 0)]
    [InlineData(5, 25, 50, 0)]
    [InlineData(9, 45, 50, 0)]
    [InlineData(10, 50, 50, 1)]
    [InlineData(19, 50, 50, 1)]
    [InlineData(20, 50, 0, 0)]
    [InlineData(25, 25, 0, 0)]
    [InlineData(30, 0, 0, 1)]
    [InlineData(40, 0, 50, 0)]
    public void A_mm_device_moves_between_0_and_50_in_10_ticks_then_holds_idle(long tick, double position, double target, double idle) =>
        (At(tick, "m/value"), At(tick, "m/target_value"), At(tick, "m/idle_flag")).Should().Be((position, target, idle));

    [Theory]
    [InlineData(0, 0)]
    [InlineData(25, 45)]
    [InlineData(50, 90)]
    [InlineData(75, 45)]
    [InlineData(110, 18)]
    public void A_degree_log_follows_upstreams_ramp(long tick, double degrees)
    {
        At(tick, "arm/angle").Should().BeApproximately(degrees, 1e-12);
        FakeLogValues.Ramp(tick).Should().BeApproximately(degrees, 1e-12);
    }

    [Fact]
    public void A_chopper_speed_stays_near_14_hz() =>
        Enumerable.Range(0, 200).Select(tick => At(tick, "chopper/rotation_speed")).Should().AllSatisfy(hz => hz.Should().BeInRange(14, 14.01 + 1e-9));

    [Fact]
    public void A_log_of_a_unit_without_a_range_holds_1() =>
        Enumerable.Range(0, 100).Select(tick => At(tick, "switch/value")).Should().AllSatisfy(v => v.Should().Be(1));
}
