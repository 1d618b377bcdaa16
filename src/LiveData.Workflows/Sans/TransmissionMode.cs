namespace LiveData.Workflows.Sans;

/// <summary>
/// Upstream's <c>TransmissionOptions.mode</c>: <c>constant</c> takes the transmission fraction as 1; <c>current_run</c>
/// takes it from this run's monitors, T(λ)/I(λ) (no empty-beam run: its monitors are taken as 1).
/// </summary>
public static class TransmissionMode
{
    public const string Constant = "constant";
    public const string CurrentRun = "current_run";

    public static IReadOnlyCollection<string> Names => [Constant, CurrentRun];
}
