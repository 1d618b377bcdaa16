using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;

namespace LiveData.Acceptance.Support.Reporting;

/// <summary>
/// What a failed scenario carries in the living documentation, attached once: the failure with the diagnostic dump, and
/// each service's output tail. A failing step gets it while it runs (so it sits under that step); a failure elsewhere
/// (a hook) gets it from the after-scenario hook.
/// </summary>
public sealed class FailureEvidence(ScenarioAttachments attachments, ScenarioDiagnostics diagnostics, ServiceGroupDriver services) : IStepFailureHandler
{
    public const int ServiceOutputLines = 200;

    private bool _attached;

    public Task OnStepFailedAsync(Exception failure) => AttachAsync(failure);

    public async Task AttachAsync(Exception failure)
    {
        if (_attached)
        {
            return;
        }

        _attached = true;
        // Reqnroll's html report shows a .NET failure as its stack trace alone (which in .NET does not repeat the message):
        // the dump leads with the failure itself. Not the test's token: a cancelled scenario needs its evidence most, and
        // the dump is bounded by its own waits.
        var headline = $"--- failure ---{Environment.NewLine}{failure.GetType().Name}: {failure.Message}{Environment.NewLine}{Environment.NewLine}";
        attachments.Attach(headline + await diagnostics.DumpAsync(CancellationToken.None), "diagnostics.txt");
        foreach (var service in services.Services)
        {
            attachments.Attach(service.Output.Tail(ServiceOutputLines), $"{service.Name}.log.txt");
        }
    }
}
