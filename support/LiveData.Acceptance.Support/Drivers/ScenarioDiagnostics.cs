namespace LiveData.Acceptance.Support.Drivers;

/// <summary>Everything worth reading when a scenario's wait times out: dashboard state, topic watermarks, service output.</summary>
public sealed class ScenarioDiagnostics(DashboardDriver dashboard, TopicDriver topics, ServiceGroupDriver services)
{
    public async Task<string> DumpAsync(CancellationToken ct) => string.Join(Environment.NewLine,
        "--- diagnostics ---",
        dashboard.Describe(),
        await topics.DescribeAsync(ct),
        services.OutputTails());
}
