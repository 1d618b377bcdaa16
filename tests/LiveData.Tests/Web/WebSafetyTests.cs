using System.Text;
using LiveData.Cli.Commands;
using LiveData.Web.Hosting;

namespace LiveData.Tests.Web;

/// <summary>The page is served on localhost unless a password protects it, and the password never shows.</summary>
public sealed class WebSafetyTests
{
    private static string Basic(string credentials) => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(credentials));

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public void Localhost_needs_no_password(string address) => new WebDashboardOptions(address).Problem.Should().BeNull();

    [Fact]
    public void Any_other_address_needs_a_password() =>
        new WebDashboardOptions("0.0.0.0").Problem.Should().Be("Serving the web dashboard on 0.0.0.0 needs a password: --basic-auth-password or LIVEDATA_BASIC_AUTH_PASSWORD");

    [Fact]
    public void Another_address_with_a_password_may_be_served_and_the_password_is_not_printed()
    {
        var options = new WebDashboardOptions("0.0.0.0", 5009, "s3cret");

        options.Problem.Should().BeNull();
        options.ToString().Should().Be("0.0.0.0:5009 (basic auth)");
    }

    [Fact]
    public void A_host_name_other_than_localhost_is_refused() =>
        new WebDashboardOptions("example.org", 5009, "s3cret").Problem.Should().Contain("not an IP address");

    [Theory]
    [InlineData("scientist:s3cret", true)]
    [InlineData(":s3cret", true)]
    [InlineData("scientist:wrong", false)]
    [InlineData("scientist:s3cret2", false)]
    [InlineData("s3cret", false)]
    public void The_gate_takes_any_user_name_with_the_password(string credentials, bool allowed) =>
        new BasicAuthGate("s3cret").Allows(Basic(credentials)).Should().Be(allowed);

    [Theory]
    [InlineData("")]
    [InlineData("Bearer abc")]
    [InlineData("Basic not-base64!")]
    public void The_gate_refuses_requests_without_basic_credentials(string header) =>
        new BasicAuthGate("s3cret").Allows(header).Should().BeFalse();

    [Theory]
    [InlineData("up --web-host 0.0.0.0", 1)]
    [InlineData("up --web-host 0.0.0.0 --basic-auth-password s3cret", 0)]
    [InlineData("up --no-web --web-host 0.0.0.0", 0)]
    public void Livedata_up_refuses_to_serve_another_address_without_a_password(string arguments, int errors) =>
        LiveDataCommandLine.Build().Parse(arguments).Errors.Should().HaveCount(errors);
}
