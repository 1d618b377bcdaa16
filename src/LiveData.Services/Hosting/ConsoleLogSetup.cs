using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace LiveData.Services.Hosting;

/// <summary>
/// One log format for every LiveData process: one line per entry, timestamped, no colours — readiness
/// lines such as "Service started" must be matchable in captured output.
/// </summary>
public static class ConsoleLogSetup
{
    public static ILoggingBuilder AddLiveDataConsole(this ILoggingBuilder builder, LogLevel level) => builder
        .ClearProviders()
        .SetMinimumLevel(level)
        .AddFilter("Microsoft.Hosting", LogLevel.Warning)
        .AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
            o.ColorBehavior = LoggerColorBehavior.Disabled;
        });
}
