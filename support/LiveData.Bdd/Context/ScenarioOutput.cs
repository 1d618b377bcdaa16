using Xunit;

namespace LiveData.Bdd;

/// <summary>
/// Writes lines to the test's output (xunit's <c>TestContext.Current.TestOutputHelper</c>), so step progress,
/// hook output and driver logs show up with the scenario's result. Injected like any context object.
/// </summary>
public sealed class ScenarioOutput
{
    private readonly ITestOutputHelper? _testOutput;

    internal ScenarioOutput(ITestOutputHelper? testOutput) => _testOutput = testOutput;

    public void WriteLine(string message)
    {
        try
        {
            _testOutput?.WriteLine(message);
        }
        catch (InvalidOperationException)
        {
            // xunit rejects output once its test has finished. A late line (e.g. from a child process's
            // output pump) has nowhere to go, and dropping it must not crash the thread that wrote it.
        }
    }

    public void WriteLine(string format, params object[] args) =>
        WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
