using System.CommandLine.Parsing;
using LiveData.Instruments;
using LiveData.Services.Backend;

namespace LiveData.Cli.Commands;

/// <summary><c>--sources a,b</c> of <c>livedata service</c>: which of its sources a backend worker hosts.</summary>
public static class SourcesOption
{
    /// <param name="service">The backend service, or null when the service is a fake (which takes no --sources).</param>
    public static void Validate(CommandResult result, string? service, string instrumentName, string list)
    {
        if (service is null)
        {
            result.AddError("--sources is for backend services");
            return;
        }
        var names = HostedSources.ParseList(list);
        if (names.Count == 0)
        {
            result.AddError("--sources needs at least one source name");
            return;
        }
        var instrument = InstrumentCatalog.Get(instrumentName);
        if (HostedSources.Unknown(instrument, service, names) is { Count: > 0 } unknown)
        {
            result.AddError($"--sources: {service} of {instrumentName} has no source {string.Join(", ", unknown)}. Known: {string.Join(", ", HostedSources.KnownSources(instrument, service).Order(StringComparer.Ordinal))}");
        }
    }

    public static HostedSources? Hosted(string? list) => list is null ? null : HostedSources.Only(HostedSources.ParseList(list));
}
