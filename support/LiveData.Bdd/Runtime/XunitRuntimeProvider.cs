using Reqnroll;
using Reqnroll.UnitTestProvider;
using Xunit;
using Xunit.Sdk;

namespace LiveData.Bdd.Runtime;

/// <summary>How Reqnroll's outcomes become xunit's: ignored is skipped; pending and undefined fail with Reqnroll's message.</summary>
internal sealed class XunitRuntimeProvider : IUnitTestRuntimeProvider
{
    public const string Name = "xunit.v3-adapter";

    public void TestPending(string message) => throw new PendingScenarioException(message);

    public void TestInconclusive(string message) => throw new PendingScenarioException(message);

    public void TestIgnore(string message) => Assert.Skip(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
        exception is SkipException ? ScenarioExecutionStatus.Skipped : null;
}

/// <summary>A scenario with a pending or undefined step: it fails, with Reqnroll's message (and for undefined steps its snippets).</summary>
public sealed class PendingScenarioException(string message) : Exception(message);
