using LiveData.Bench.Cluster;

namespace LiveData.Tests.Bench;

public class ProcessMemoryTests
{
    private const string Status = "Name:\tdotnet\nUmask:\t0022\nState:\tS (sleeping)\nVmPeak:\t 3210548 kB\nVmSize:\t 3144988 kB\n" +
        "VmHWM:\t  150232 kB\nVmRSS:\t  131072 kB\nRssAnon:\t   90112 kB\nThreads:\t24\n";

    [Fact]
    public void Reads_resident_memory_from_VmRSS_and_its_peak_from_VmHWM()
    {
        var memory = ProcessMemory.Parse(Status);

        memory.RssBytes.Should().Be(131072L * 1024);
        memory.PeakRssBytes.Should().Be(150232L * 1024);
    }

    [Fact]
    public void A_status_without_VmHWM_is_refused_naming_the_field()
    {
        var parse = () => ProcessMemory.Parse(Status.Replace("VmHWM:", "VmXYZ:", StringComparison.Ordinal));

        parse.Should().Throw<FormatException>().WithMessage("*VmHWM*");
    }

    [Fact]
    public void A_value_not_in_kilobytes_is_refused_showing_the_line()
    {
        var parse = () => ProcessMemory.Parse(Status.Replace("131072 kB", "128 MB", StringComparison.Ordinal));

        parse.Should().Throw<FormatException>().WithMessage("*VmRSS:*128 MB*");
    }

    [Fact]
    public void The_running_test_process_has_resident_memory_no_larger_than_its_peak()
    {
        var memory = ProcessMemory.Read(Environment.ProcessId);

        memory.Should().NotBeNull();
        memory!.Value.RssBytes.Should().BePositive();
        memory.Value.PeakRssBytes.Should().BeGreaterThanOrEqualTo(memory.Value.RssBytes);
    }

    [Fact]
    public void A_process_that_does_not_exist_has_no_memory()
    {
        ProcessMemory.Read(int.MaxValue).Should().BeNull();
    }
}
