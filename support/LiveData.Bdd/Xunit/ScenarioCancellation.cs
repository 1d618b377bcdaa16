namespace LiveData.Bdd.Xunit;

/// <summary>
/// The running test's cancellation token, injectable into bindings (Reqnroll cannot bind a CancellationToken
/// parameter): it fires when the test run is cancelled or the test times out.
/// </summary>
public sealed class ScenarioCancellation(CancellationToken token)
{
    public CancellationToken Token { get; } = token;
}
