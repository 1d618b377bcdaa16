using LiveData.Cli.Commands;

namespace LiveData.Tests.Cli;

/// <summary>Which argument combinations <c>livedata service</c> accepts, without running anything.</summary>
public sealed class ServiceCommandTests
{
    private static IReadOnlyList<string> Errors(string arguments) =>
        [.. LiveDataCommandLine.Build().Parse(arguments).Errors.Select(e => e.Message)];

    [Theory]
    [InlineData("service fake_detectors --instrument dummy")]
    [InlineData("service fake_detectors --instrument dummy --mode ad00")]
    [InlineData("service fake_logdata --instrument bifrost")]
    [InlineData("service detector_data --instrument loki --dev")]
    [InlineData("service data_reduction --instrument dream --dev")]
    [InlineData("service timeseries --instrument dummy --dev")]
    [InlineData("service fake_monitors --mode ev44 --rate-multiplier 10")]
    [InlineData("service fake_detectors --rate-multiplier 0.5")]
    [InlineData("service detector_data --instrument loki --dev --sources loki_detector_0,loki_detector_1")]
    [InlineData("service monitor_data --instrument loki --dev --sources beam_monitor_m0")]
    public void Accepts_every_service_with_its_own_options(string arguments) => Errors(arguments).Should().BeEmpty();

    [Fact]
    public void Accepts_a_nexus_file_that_exists_for_both_event_fakes()
    {
        var file = Path.GetTempFileName();
        try
        {
            Errors($"service fake_monitors --mode ev44 --nexus-file {file}").Should().BeEmpty();
            Errors($"service fake_detectors --nexus-file {file}").Should().BeEmpty();
            Errors($"service fake_detectors --nexus-file {file} --replay-once").Should().BeEmpty();
            Errors($"service fake_monitors --mode ev44 --nexus-file {file} --replay-once").Should().BeEmpty();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("service fake_detectors --mode da00", "fake_detectors takes --mode ev44 or --mode ad00")]
    [InlineData("service fake_monitors --mode ad00", "fake_monitors needs --mode ev44 or --mode da00")]
    [InlineData("service fake_logdata --mode ev44", "--mode is only for fake_monitors and fake_detectors")]
    [InlineData("service detector_data --mode ev44", "--mode is only for fake_monitors and fake_detectors")]
    [InlineData("service fake_detectors --dev", "--dev is for backend services; fakes always publish DEV names")]
    [InlineData("service fake_detectors --rate-multiplier 0", "--rate-multiplier must be a positive number")]
    [InlineData("service fake_monitors --mode ev44 --rate-multiplier -2", "--rate-multiplier must be a positive number")]
    [InlineData("service monitor_data --rate-multiplier 10", "--rate-multiplier is only for fake_monitors and fake_detectors")]
    [InlineData("service fake_detectors --sources loki_detector_0", "--sources is for backend services")]
    [InlineData("service detector_data --instrument loki --sources ,", "--sources needs at least one source name")]
    [InlineData("service monitor_data --nexus-file /no/such/run.nxs", "--nexus-file is only for fake_monitors and fake_detectors")]
    [InlineData("service monitor_data --lookup-table /no/such/table.h5", "--lookup-table /no/such/table.h5: no such file")]
    [InlineData("service fake_monitors --mode ev44 --lookup-table /no/such/table.h5", "--lookup-table is for backend services; the fakes read no instrument files")]
    [InlineData("service fake_detectors --mode ad00 --nexus-file /no/such/run.nxs", "--nexus-file replays events; fake_detectors --mode ad00 publishes images")]
    [InlineData("service fake_monitors --mode ev44 --nexus-file /no/such/run.nxs", "--nexus-file /no/such/run.nxs: no such file")]
    [InlineData("service fake_detectors --nexus-file /no/such/run.nxs", "--nexus-file /no/such/run.nxs: no such file")]
    [InlineData("service fake_detectors --replay-once", "--replay-once needs --nexus-file: only a recorded run can be replayed once")]
    [InlineData("service fake_monitors --mode ev44 --replay-once", "--replay-once needs --nexus-file: only a recorded run can be replayed once")]
    public void Refuses_options_a_service_does_not_take(string arguments, string error) => Errors(arguments).Should().Contain(error);

    [Fact]
    public void Refuses_sources_the_service_does_not_have_and_names_the_known_ones() =>
        Errors("service detector_data --instrument loki --dev --sources loki_detector_0,beam_monitor_m0").Should().ContainSingle()
            .Which.Should().StartWith("--sources: detector_data of loki has no source beam_monitor_m0. Known: loki_detector_0, loki_detector_1");

    [Fact]
    public void Checks_sources_against_the_default_instrument_when_none_is_named() =>
        Errors("service monitor_data --dev --sources nope").Should().ContainSingle()
            .Which.Should().Be("--sources: monitor_data of dummy has no source nope. Known: monitor1, monitor2");

    [Fact]
    public void Refuses_an_unknown_service() => Errors("service fake_choppers").Should().NotBeEmpty();
}
