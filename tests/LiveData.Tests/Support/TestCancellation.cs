namespace LiveData.Tests.Support;

/// <summary><c>Ct</c>: the running test's cancellation token, so an aborted run stops waiting at once.</summary>
internal static class TestCancellation
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;
}
