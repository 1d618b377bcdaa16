using Reqnroll.Bindings;
using Reqnroll.Infrastructure;
using Reqnroll.Plugins;
using Reqnroll.Tracing;
using Reqnroll.UnitTestProvider;

namespace LiveData.Bdd.Runtime;

/// <summary>
/// What a Reqnroll unit-test plugin registers, loaded from code (no plugin DLL on disk): the xunit outcome mapping,
/// the trace listener, the attachment handler (without one every step fails) and the step-failure hook.
/// </summary>
internal sealed class XunitRuntimePlugin : IRuntimePlugin
{
    public void Initialize(RuntimePluginEvents events, RuntimePluginParameters parameters, UnitTestProviderConfiguration unitTestProvider)
    {
        events.RegisterGlobalDependencies += (_, e) =>
            e.ObjectContainer.RegisterTypeAs<XunitRuntimeProvider, IUnitTestRuntimeProvider>(XunitRuntimeProvider.Name);
        events.CustomizeGlobalDependencies += (_, e) =>
            e.ObjectContainer.RegisterFactoryAs<IAsyncBindingInvoker>(c => new StepFailureReportingInvoker(c.Resolve<BindingInvoker>()));
        events.CustomizeTestThreadDependencies += (_, e) =>
        {
            e.ObjectContainer.RegisterTypeAs<XunitTraceListener, ITraceListener>();
            e.ObjectContainer.RegisterTypeAs<XunitAttachmentHandler, IReqnrollAttachmentHandler>();
        };
        unitTestProvider.UseUnitTestProvider(XunitRuntimeProvider.Name);
    }
}

/// <summary>Reqnroll's container set-up with <see cref="XunitRuntimePlugin"/> added.</summary>
internal sealed class XunitContainerBuilder : ContainerBuilder
{
    protected override void LoadPlugins(
        Reqnroll.Configuration.IRuntimeConfigurationProvider configurationProvider,
        Reqnroll.BoDi.ObjectContainer container,
        RuntimePluginEvents runtimePluginEvents,
        Reqnroll.Configuration.ReqnrollConfiguration reqnrollConfiguration,
        UnitTestProviderConfiguration unitTestProviderConfigration,
        System.Reflection.Assembly testAssembly)
    {
        base.LoadPlugins(configurationProvider, container, runtimePluginEvents, reqnrollConfiguration, unitTestProviderConfigration, testAssembly);
        new XunitRuntimePlugin().Initialize(runtimePluginEvents, new RuntimePluginParameters(), unitTestProviderConfigration);
    }
}
