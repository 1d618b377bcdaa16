namespace LiveData.Processes;

/// <summary>
/// Where the <c>livedata</c> CLI is: the test project references the CLI project, so its build output
/// (livedata.dll with its runtimeconfig) sits next to the test assembly and runs under the same dotnet.
/// </summary>
public static class LiveDataExecutable
{
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";

    public static string Dll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "livedata.dll");
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"livedata.dll not found next to the tests ({AppContext.BaseDirectory}); does the test project reference src/LiveData.Cli?", path);
        }
    }

    /// <summary>The dotnet arguments to run <c>livedata</c> with the given arguments.</summary>
    public static IReadOnlyList<string> Arguments(params IEnumerable<string> livedataArguments) => [Dll, .. livedataArguments];
}
