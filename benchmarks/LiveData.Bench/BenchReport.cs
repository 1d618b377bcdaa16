using LiveData.Bench.Machine;
using LiveData.Bench.Reporting;

namespace LiveData.Bench;

/// <summary>Everything one <c>livedata-bench</c> run measured, with the machine it ran on.</summary>
public sealed class BenchReport(MachineFacts machine, bool quick)
{
    private readonly List<BenchFigure> _figures = [];
    private readonly List<string> _artefacts = [];
    private readonly List<string> _failures = [];
    private readonly Lock _gate = new();

    public MachineFacts Machine { get; } = machine;

    public bool Quick { get; } = quick;

    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;

    public IReadOnlyList<BenchFigure> Figures
    {
        get { lock (_gate) { return [.. _figures]; } }
    }

    public IReadOnlyList<string> Artefacts
    {
        get { lock (_gate) { return [.. _artefacts]; } }
    }

    /// <summary>Sections that could not measure, with why.</summary>
    public IReadOnlyList<string> Failures
    {
        get { lock (_gate) { return [.. _failures]; } }
    }

    public BenchFigure Add(BenchFigure figure)
    {
        lock (_gate) { _figures.Add(figure); }
        return figure;
    }

    public void AddArtefact(string path)
    {
        lock (_gate) { _artefacts.Add(path); }
    }

    public void AddFailure(string section, string reason)
    {
        lock (_gate) { _failures.Add($"{section}: {reason}"); }
    }
}
