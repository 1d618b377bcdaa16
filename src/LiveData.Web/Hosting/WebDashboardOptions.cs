using System.Net;

namespace LiveData.Web.Hosting;

/// <summary>
/// Where the page is served and who may see it. Safe by default: localhost only; any other address needs a basic-auth
/// password (as upstream's <c>--basic-auth-password</c>, any user name is accepted).
/// </summary>
public sealed record WebDashboardOptions(string Address = WebDashboardOptions.DefaultAddress, int Port = WebDashboardOptions.DefaultPort, string? BasicAuthPassword = null)
{
    public const string DefaultAddress = "localhost";

    /// <summary>Upstream's dashboard port.</summary>
    public const int DefaultPort = 5009;

    public const string PasswordVariable = "LIVEDATA_BASIC_AUTH_PASSWORD";

    public bool IsLoopback => Address == DefaultAddress || (IPAddress.TryParse(Address, out var ip) && IPAddress.IsLoopback(ip));

    /// <summary>Why these options must not be served, or null if they may.</summary>
    public string? Problem =>
        Address != DefaultAddress && !IPAddress.TryParse(Address, out _) ? $"--web-host {Address} is not an IP address (nor localhost)"
        : !IsLoopback && string.IsNullOrEmpty(BasicAuthPassword)
            ? $"Serving the web dashboard on {Address} needs a password: --basic-auth-password or {PasswordVariable}"
            : Port is < 0 or > 65535 ? $"--web-port {Port} is not a port" : null;

    // The password never appears in logs or messages that print the options.
    public override string ToString() => $"{Address}:{Port}{(BasicAuthPassword is null ? "" : " (basic auth)")}";
}
