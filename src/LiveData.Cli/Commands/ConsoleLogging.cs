using LiveData.Services.Hosting;
using Microsoft.Extensions.Logging;

namespace LiveData.Cli.Commands;

/// <summary>Logging for commands that run outside a service host, in the same format as the services.</summary>
public static class ConsoleLogging
{
    public static ILoggerFactory Create(LogLevel level) => LoggerFactory.Create(builder => builder.AddLiveDataConsole(level));
}
