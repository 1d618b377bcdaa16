using System.Text.Json;
using System.Text.Json.Serialization;

namespace LiveData.Bench.Reporting;

/// <summary>The JSON report: machine facts, every figure with its reference, ratio and target, and failures.</summary>
public static class BenchJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize(BenchReport report) => JsonSerializer.Serialize(new
    {
        started_at = report.StartedAt,
        quick = report.Quick,
        machine = report.Machine,
        figures = report.Figures.Select(f => new
        {
            f.Section,
            f.Name,
            f.Value,
            f.Unit,
            reference = f.Reference,
            f.Ratio,
            target = f.Target?.ToString(),
            f.Met,
        }),
        artefacts = report.Artefacts,
        failures = report.Failures,
    }, Options);

    public static async Task WriteAsync(BenchReport report, string path, CancellationToken cancellationToken)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }
        await File.WriteAllTextAsync(path, Serialize(report), cancellationToken);
    }
}
