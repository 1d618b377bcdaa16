namespace LiveData.Bdd.Xunit;

/// <summary>
/// Registered in a scenario's container (e.g. by a before-scenario hook), it hears of a failed step before the failure
/// propagates, while the step is still running: attachments it adds go under that step in the report.
/// </summary>
public interface IStepFailureHandler
{
    Task OnStepFailedAsync(Exception failure);
}
