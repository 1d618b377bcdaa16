using LiveData.Bdd.Xunit;
using Reqnroll;
using Reqnroll.Bindings;
using Reqnroll.Infrastructure;
using Reqnroll.Tracing;

namespace LiveData.Bdd.Runtime;

/// <summary>
/// Reqnroll's binding invoker, which also tells the scenario's <see cref="IStepFailureHandler"/> when a step fails, while
/// that step is still the running one: what the handler attaches then belongs to the failing step in the report.
/// </summary>
internal sealed class StepFailureReportingInvoker(IAsyncBindingInvoker inner) : IAsyncBindingInvoker
{
    public async Task<object> InvokeBindingAsync(
        IBinding binding, IContextManager contextManager, object[] arguments, ITestTracer testTracer, DurationHolder durationHolder)
    {
        try
        {
            return await inner.InvokeBindingAsync(binding, contextManager, arguments, testTracer, durationHolder).ConfigureAwait(false);
        }
        catch (Exception failure) when (binding is IStepDefinitionBinding && failure is not PendingStepException
            && contextManager.ScenarioContext?.ScenarioContainer is { } container && container.IsRegistered<IStepFailureHandler>())
        {
            await container.Resolve<IStepFailureHandler>().OnStepFailedAsync(failure).ConfigureAwait(false);
            throw;
        }
    }
}
