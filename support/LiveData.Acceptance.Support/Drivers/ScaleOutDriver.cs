using LiveData.Core.Identity;
namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Several detector_data workers splitting an instrument's detectors, and which of them took which job.</summary>
public sealed class ScaleOutDriver(ServiceGroupDriver services)
{
    private const string Worker = ServiceNames.DetectorData;

    public Task StartWorkersAsync(IEnumerable<string> sourceGroups, CancellationToken ct) =>
        services.StartAsync(ServiceGroupCatalog.DetectorWorkers(sourceGroups), ct);

    /// <summary>The --sources of each worker that logged a job for <paramref name="source"/>.</summary>
    public IReadOnlyList<string> WorkersWithJobFor(string source) =>
        [.. services.Services
            .Where(s => s.Name == Worker && s.Output.LastLineContaining($"Scheduled job {source}/") is not null)
            .Select(s => s.Output.LastLineContaining("Hosting only sources") ?? "(all sources)")];
}
