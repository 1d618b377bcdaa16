using LiveData.Services.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace LiveData.Services.Composition;

/// <summary>The fake producers, each publishing an instrument's raw streams with DEV source names. They need the shared services of <c>ServiceHost.CreateBuilder</c>.</summary>
public static class FakeProducerExtensions
{
    /// <summary><c>fake_monitors</c>: beam-monitor events (ev44) or histograms (da00) every pulse.</summary>
    public static IServiceCollection AddFakeMonitors(this IServiceCollection services, FakeMonitorOptions options) =>
        services.AddSingleton(options).AddHostedService<FakeMonitorProducer>();

    /// <summary><c>fake_detectors</c>: detector events (ev44) or area-detector images (ad00) every pulse.</summary>
    public static IServiceCollection AddFakeDetectors(this IServiceCollection services, FakeDetectorOptions options) =>
        services.AddSingleton(options).AddHostedService<FakeDetectorProducer>();

    /// <summary><c>fake_logdata</c>: f144 log values once per second.</summary>
    public static IServiceCollection AddFakeLogdata(this IServiceCollection services, FakeLogOptions options) =>
        services.AddSingleton(options).AddHostedService<FakeLogProducer>();
}
