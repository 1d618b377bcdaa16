using System.CommandLine;
using System.CommandLine.Parsing;
using LiveData.Web.Hosting;

namespace LiveData.Cli.Commands;

/// <summary>
/// <c>livedata up</c>'s web page: <c>--web-port</c> (<c>--port</c> is the broker's), <c>--web-host</c>, upstream's
/// <c>--basic-auth-password</c> (or its environment variable, which keeps it out of the process list) and <c>--no-web</c>.
/// </summary>
public sealed class WebOptions
{
    public Option<int> Port { get; } = new("--web-port")
    {
        Description = "Port of the web dashboard (upstream's 5009; 0 picks a free one)",
        DefaultValueFactory = _ => WebDashboardOptions.DefaultPort,
    };

    public Option<string> Host { get; } = new("--web-host")
    {
        Description = "Address the web dashboard listens on; anything but localhost needs a basic-auth password",
        DefaultValueFactory = _ => WebDashboardOptions.DefaultAddress,
    };

    public Option<string?> Password { get; } = new("--basic-auth-password")
    {
        Description = $"Password the page asks for (any user name); default ${WebDashboardOptions.PasswordVariable}",
    };

    public Option<bool> NoWeb { get; } = new("--no-web") { Description = "No web page: only the table of outputs in the terminal" };

    public void Validate(CommandResult result)
    {
        if (!result.GetValue(NoWeb) && Options(result) is { Problem: { } problem })
        {
            result.AddError(problem);
        }
    }

    /// <summary>The page's options; null with --no-web.</summary>
    public WebDashboardOptions? Options(ParseResult result) => Options(result.CommandResult);

    private WebDashboardOptions? Options(CommandResult result) =>
        result.GetValue(NoWeb)
            ? null
            : new WebDashboardOptions(
                result.GetValue(Host) ?? WebDashboardOptions.DefaultAddress,
                result.GetValue(Port),
                result.GetValue(Password) ?? Environment.GetEnvironmentVariable(WebDashboardOptions.PasswordVariable));
}
