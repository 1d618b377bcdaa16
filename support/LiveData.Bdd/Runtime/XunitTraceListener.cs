using Reqnroll.BoDi;
using Reqnroll.Tracing;
using Xunit;

namespace LiveData.Bdd.Runtime;

/// <summary>Reqnroll's step trace and the bindings' output lines go to the running xunit test's output.</summary>
internal sealed class XunitTraceListener(ITraceListenerQueue queue, IObjectContainer container) : AsyncTraceListener(queue, container)
{
    public override void WriteTestOutput(string message)
    {
        if (!TryWrite(message))
        {
            base.WriteTestOutput(message);
        }
    }

    public override void WriteToolOutput(string message)
    {
        if (!TryWrite("-> " + message))
        {
            base.WriteToolOutput(message);
        }
    }

    private static bool TryWrite(string message)
    {
        if (TestContext.Current.TestOutputHelper is not { } output)
        {
            return false;
        }

        try
        {
            output.WriteLine(message);
            return true;
        }
        catch (InvalidOperationException)
        {
            // The test has finished (e.g. output from an after-scenario hook of a cancelled test).
            return false;
        }
    }
}
