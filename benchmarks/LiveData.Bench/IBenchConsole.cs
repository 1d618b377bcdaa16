using LiveData.Bench.Machine;

namespace LiveData.Bench;

/// <summary>Where a bench run shows what it is doing and what it measured.</summary>
public interface IBenchConsole
{
    void Machine(MachineFacts machine);

    void SectionStarted(IBenchSection section);

    void Progress(string section, string line);

    void Figures(string section, IReadOnlyList<Reporting.BenchFigure> figures);

    void Written(string path);

    void Summary(BenchReport report);
}
