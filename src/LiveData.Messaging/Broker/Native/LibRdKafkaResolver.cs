using System.Reflection;
using System.Runtime.InteropServices;

namespace LiveData.Messaging.Broker.Native;

/// <summary>
/// Finds the librdkafka build that librdkafka.redist copies into the application folder.
/// The default build links against libsasl2.so.3, which Debian 12 lacks, so the CentOS 8
/// build is the fallback — the same order Confluent.Kafka uses for itself.
/// </summary>
internal static class LibRdKafkaResolver
{
    private static readonly string[] CandidateFiles = ["librdkafka.so", "centos8-librdkafka.so"];

    // The process-wide handle is loaded once; dlopen would hand back the same one anyway.
    private static readonly Lazy<nint> Handle = new(Load);

    public static void Register(Assembly assembly) => NativeLibrary.SetDllImportResolver(assembly, Resolve);

    private static nint Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath) =>
        libraryName == LibRdKafka.LibraryName ? Handle.Value : 0;

    private static nint Load()
    {
        if (!OperatingSystem.IsLinux())
        {
            // Other platforms ship a single build under a conventional name; let the runtime probe.
            return NativeLibrary.TryLoad(LibRdKafka.LibraryName, out var conventional) ? conventional : 0;
        }

        var architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        var folder = Path.Combine(AppContext.BaseDirectory, "runtimes", $"linux-{architecture}", "native");
        var failures = new List<string>();
        foreach (var file in CandidateFiles)
        {
            var path = Path.Combine(folder, file);
            try
            {
                return NativeLibrary.Load(path);
            }
            catch (DllNotFoundException ex)
            {
                failures.Add($"{path}: {ex.Message}");
            }
        }

        throw new DllNotFoundException(
            "Could not load librdkafka for the embedded broker. Tried:" + Environment.NewLine +
            string.Join(Environment.NewLine, failures));
    }
}
