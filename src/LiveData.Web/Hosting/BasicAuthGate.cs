using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace LiveData.Web.Hosting;

/// <summary>HTTP basic authentication with one password and any user name, checked on every request (page, API and events alike).</summary>
public sealed class BasicAuthGate(string password)
{
    private readonly byte[] _password = Encoding.UTF8.GetBytes(password);

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (Allows(context.Request.Headers.Authorization.ToString()))
        {
            await next(context);
            return;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = "Basic realm=\"LiveData\", charset=\"UTF-8\"";
    }

    public bool Allows(string authorization)
    {
        const string Scheme = "Basic ";
        if (!authorization.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        Span<byte> decoded = stackalloc byte[authorization.Length];
        if (!Convert.TryFromBase64String(authorization[Scheme.Length..].Trim(), decoded, out var length))
        {
            return false;
        }
        var credentials = decoded[..length];
        var colon = credentials.IndexOf((byte)':');
        // Constant-time comparison: the time taken says nothing about how much of the password was right.
        return colon >= 0 && CryptographicOperations.FixedTimeEquals(credentials[(colon + 1)..], _password);
    }
}
