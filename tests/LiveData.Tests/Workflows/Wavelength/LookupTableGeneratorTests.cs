using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Wavelength;

public sealed class LookupTableGeneratorTests
{
    private const double PeriodMs = 1000.0 / 14;

    private static double At(WavelengthLookupTable table, double distanceM, double offsetMs) =>
        table.Wavelength(table.Row(distanceM), offsetMs * 1e6);

    [Fact]
    public void Covers_the_flight_paths_on_upstreams_grid()
    {
        var table = LookupTableGenerator.Generate(IdealSource.Ess(40), 20, 40);

        table.DistancesM[0].Should().BeApproximately(19.8, 1e-9);
        // numpy's arange, as upstream: from 2 steps below, up to but excluding 2 steps above.
        table.DistancesM[^1].Should().BeApproximately(40.1, 1e-9);
        table.DistancesM[1].Should().BeApproximately(19.9, 1e-9);
        // int(71.43 ms / 250 μs) + 1 = 286 steps: 287 columns from 0 to the pulse period.
        table.EventTimeOffsetsNs.Should().HaveCount(287);
        table.EventTimeOffsetsNs[^1].Should().BeApproximately(PeriodMs * 1e6, 1e-6);
        (table.PulsePeriodNs, table.PulseStride).Should().Be((PeriodMs * 1e6, 1));
    }

    [Fact]
    public void An_instantaneous_pulse_gives_the_plain_time_of_flight_wavelength_with_no_spread()
    {
        var table = LookupTableGenerator.Generate(LineInstrument.Source, 20, 40);

        At(table, 20, 10).Should().BeApproximately(LineInstrument.HandWavelength(10, 20), 1e-4);
        At(table, 30, 50).Should().BeApproximately(LineInstrument.HandWavelength(50, 30), 1e-4);
        var column = (int)Math.Round(10e6 / table.TimeResolutionNs);
        table.Variances![table.Row(20).Offset + column].Should().Be(0);
    }

    [Fact]
    public void A_long_pulse_shifts_the_wavelength_by_half_the_pulse_and_spreads_it_over_the_pulse()
    {
        // Emission uniform over 2.86 ms: mean time of flight t − 1.43 ms, λ uniform over 3956.03·[t − 2.86 ms, t]/L.
        var table = LookupTableGenerator.Generate(IdealSource.Ess(40), 20, 40);
        var row = table.Row(20);
        var column = (int)Math.Round(30e6 / table.TimeResolutionNs);
        var offsetMs = table.EventTimeOffsetsNs[column] / 1e6;

        At(table, 20, offsetMs).Should().BeApproximately(LineInstrument.HandWavelength(offsetMs - 1.43, 20), 1e-4);
        var width = LineInstrument.HandWavelength(2.86, 20);
        table.Variances![row.Offset + column].Should().BeApproximately(width * width / 12, 1e-6);
    }

    [Fact]
    public void A_neutron_slower_than_one_frame_is_seen_in_the_next_frame_at_its_wrapped_offset()
    {
        // 15–20 Å over 20 m take 75.8–101 ms, longer than the 71.43 ms frame: an event 10 ms after a pulse left
        // one pulse earlier, so its time of flight is 10 ms + 71.43 ms.
        var table = LookupTableGenerator.Generate(new IdealSource(PeriodMs * 1e6, 0, 15, 20), 20, 20);

        At(table, 20, 10).Should().BeApproximately(LineInstrument.HandWavelength(10 + PeriodMs, 20), 1e-4);
        At(table, 20, 1).Should().Be(double.NaN);
    }

    [Fact]
    public void Overlapping_frames_give_the_mean_of_both_wavelengths_and_their_spread()
    {
        // 0–20 Å over 20 m: at 10 ms both 1.978 Å (this pulse) and 16.106 Å (the previous one) arrive.
        var table = LookupTableGenerator.Generate(new IdealSource(PeriodMs * 1e6, 0, 0, 20), 20, 20);
        var (fast, slow) = (LineInstrument.HandWavelength(10, 20), LineInstrument.HandWavelength(10 + PeriodMs, 20));
        var column = (int)Math.Round(10e6 / table.TimeResolutionNs);

        At(table, 20, 10).Should().BeApproximately((fast + slow) / 2, 1e-4);
        table.Variances![table.Row(20).Offset + column].Should().BeApproximately((slow - fast) * (slow - fast) / 4, 1e-3);
    }

    [Fact]
    public void The_last_column_repeats_the_first_so_the_frame_wraps_seamlessly()
    {
        var table = LookupTableGenerator.Generate(new IdealSource(PeriodMs * 1e6, 2.86e6, 0, 20), 20, 30);
        var columns = table.EventTimeOffsetsNs.Count;
        var values = table.Wavelengths;

        for (var row = 0; row < table.DistancesM.Count; row++)
        {
            var (first, last) = (values[row * columns], values[row * columns + columns - 1]);
            if (double.IsNaN(first))
            {
                last.Should().Be(double.NaN);
            }
            else
            {
                last.Should().BeApproximately(first, 1e-9);
            }
        }
    }

    [Fact]
    public void Wavelengths_no_neutron_reaches_are_NaN()
    {
        var table = LookupTableGenerator.Generate(LineInstrument.Source, 20, 40);

        // 9 Å over 20 m take 45.5 ms: nothing arrives later in the frame.
        At(table, 20, 60).Should().Be(double.NaN);
    }
}
