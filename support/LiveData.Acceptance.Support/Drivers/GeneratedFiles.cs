using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Files the CLI writes the same way every time (synthetic geometry, lookup tables, seeded runs), each written once per
/// test run and copied into every scenario that installs it: a DREAM geometry or run takes seconds to write, a copy
/// milliseconds. A write that fails is not kept, so the next scenario tries again and sees the failure itself.
/// </summary>
public sealed class GeneratedFiles : IDisposable
{
    private readonly DirectoryInfo _directory = Directory.CreateTempSubdirectory("livedata-generated-");
    private readonly ConcurrentDictionary<string, Lazy<Task<string>>> _files = new();

    /// <param name="key">What determines the file's content, e.g. the command line without its output path.</param>
    /// <param name="write">Writes the file to the path it is given.</param>
    public async Task CopyAsync(string key, string target, Func<string, CancellationToken, Task> write, CancellationToken ct)
    {
        while (true)
        {
            var entry = _files.GetOrAdd(key, k => new Lazy<Task<string>>(() => WriteAsync(k, write, ct)));
            try
            {
                var cached = await entry.Value.WaitAsync(ct);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(cached, target, overwrite: true);
                return;
            }
            catch when (entry.Value.IsFaulted || entry.Value.IsCanceled)
            {
                // Only a failed write is forgotten (a caller that merely stopped waiting leaves it running): the
                // next caller writes again, and one whose own write failed sees why.
                _files.TryRemove(new KeyValuePair<string, Lazy<Task<string>>>(key, entry));
                if (ct.IsCancellationRequested || entry.Value.Exception is null)
                {
                    ct.ThrowIfCancellationRequested();
                    continue;
                }
                throw;
            }
        }
    }

    public void Dispose() => _directory.Delete(recursive: true);

    private async Task<string> WriteAsync(string key, Func<string, CancellationToken, Task> write, CancellationToken ct)
    {
        var path = Path.Combine(_directory.FullName, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16]);
        // Written aside and moved into place, so a file at the path is always complete.
        var partial = $"{path}.{Guid.NewGuid():N}.partial";
        await write(partial, ct);
        File.Move(partial, path, overwrite: true);
        return path;
    }
}
