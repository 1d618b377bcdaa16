using LiveData.Workflows.Spectroscopy;

namespace LiveData.Tests.Workflows.Spectroscopy;

/// <summary>The normalisation monitor as a probability density in λ: an event weighs Δλ · Σm / (m_i · 1 pC).</summary>
public sealed class IncidentSpectrumTests
{
    [Fact]
    public void An_event_weighs_the_bin_width_times_all_monitor_counts_over_its_bins_counts()
    {
        // Bins of 0.05 Å from 4.00: [4.00, 4.05) holds 1, [4.05, 4.10) holds 3; Σm = 4.
        var spectrum = IncidentSpectrum.FromWavelengths([4.01, 4.06, 4.07, 4.08]);

        spectrum.Start.Should().BeApproximately(4.0, 1e-12);
        spectrum.BinCount.Should().Be(2);
        spectrum.WeightOf(4.02).Should().BeApproximately(0.05 * 4 / 1, 1e-12);
        spectrum.WeightOf(4.09).Should().BeApproximately(0.05 * 4 / 3, 1e-12);
    }

    [Fact]
    public void Outside_the_histogram_or_in_an_empty_bin_an_event_has_no_weight()
    {
        var spectrum = IncidentSpectrum.FromWavelengths([4.01, 4.16]);

        spectrum.WeightOf(4.07).Should().Be(double.NaN, "[4.05, 4.10) is empty");
        spectrum.WeightOf(3.99).Should().Be(double.NaN);
        spectrum.WeightOf(4.21).Should().Be(double.NaN);
        spectrum.WeightOf(double.NaN).Should().Be(double.NaN);
    }

    [Fact]
    public void Monitor_events_without_a_wavelength_are_left_out_and_none_at_all_is_refused()
    {
        IncidentSpectrum.FromWavelengths([4.01, double.NaN]).WeightOf(4.02).Should().BeApproximately(0.05, 1e-12);

        var none = () => IncidentSpectrum.FromWavelengths([double.NaN]);
        none.Should().Throw<ArgumentException>();
    }
}
