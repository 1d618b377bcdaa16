using LiveData.Dashboard;
using LiveData.Dashboard.Composition;
using LiveData.Services.Backend;
using LiveData.Services.Composition;
using LiveData.Services.Fakes;
using LiveData.Services.Hosting;
using LiveData.Services.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LiveData.Tests.Services;

/// <summary>What each <c>Add…</c> puts into a LiveData host, resolved without starting anything.</summary>
public sealed class CompositionTests
{
    // Nothing listens here; building clients does not connect.
    private const string Nowhere = "127.0.0.1:1";

    private static HostApplicationBuilder Builder(TopicNamespace? topicNamespace = null) =>
        ServiceHost.CreateBuilder(Nowhere, topicNamespace ?? TopicNamespace.None);

    private static IReadOnlyList<Type> HostedServices(IHost host) => [.. host.Services.GetServices<IHostedService>().Select(s => s.GetType())];

    [Fact]
    public void A_host_binds_its_kafka_settings_from_the_option()
    {
        using var host = Builder().Build();

        host.Services.GetRequiredService<KafkaSettings>().BootstrapServers.Should().Be(Nowhere);
    }

    [Fact]
    public void A_backend_service_gets_its_collaborators_from_the_container()
    {
        var builder = Builder(TopicNamespace.Of("t1-"));
        builder.Services.AddBackendService(new BackendServiceOptions("loki", ServiceNames.DetectorData, Dev: true, HostedSources.Only(["loki_detector_1"])));
        using var host = builder.Build();

        HostedServices(host).Should().Equal(typeof(BackendService));
        var routes = host.Services.GetRequiredService<StreamRoutes>();
        routes.Resolve("t1-loki_detector", "loki_detector_1").Should().Be("loki_detector_1", "routes use the host's topic namespace");
        routes.Resolve("t1-loki_detector", "loki_detector_0").Should().BeNull("only the hosted sources are routed");
        host.Services.GetRequiredService<ServiceCycle>().Should().BeSameAs(host.Services.GetRequiredService<ServiceCycle>());
    }

    [Fact]
    public void A_host_runs_one_backend_service()
    {
        var services = Builder().Services.AddBackendService(new BackendServiceOptions("dummy", ServiceNames.MonitorData, Dev: true));

        var second = () => services.AddBackendService(new BackendServiceOptions("dummy", ServiceNames.Timeseries, Dev: true));

        second.Should().Throw<InvalidOperationException>().WithMessage("*one backend service*");
    }

    [Fact]
    public void Each_fake_is_one_hosted_producer_with_its_options()
    {
        var builder = Builder();
        builder.Services
            .AddFakeMonitors(new FakeMonitorOptions("dummy", FakeMonitorMode.Da00, 3))
            .AddFakeDetectors(new FakeDetectorOptions("dummy", FakeDetectorMode.Ad00))
            .AddFakeLogdata(new FakeLogOptions("dummy"));
        using var host = builder.Build();

        HostedServices(host).Should().Equal(typeof(FakeMonitorProducer), typeof(FakeDetectorProducer), typeof(FakeLogProducer));
        host.Services.GetRequiredService<FakeMonitorOptions>().MonitorCount.Should().Be(3);
    }

    [Fact]
    public void The_dashboard_uses_the_hosts_topic_namespace_and_runs_as_a_hosted_service()
    {
        var builder = Builder(TopicNamespace.Of("t2-"));
        builder.Services.AddDashboard("dummy");
        using var host = builder.Build();

        var dashboard = host.Services.GetRequiredService<DashboardBackend>();

        dashboard.Topics.Commands.Should().Be("t2-dummy_livedata_commands");
        HostedServices(host).Should().ContainSingle();
    }
}
