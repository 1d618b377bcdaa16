using LiveData.Checkout;
using Reqnroll;

namespace LiveData.Acceptance.Support.Reporting;

/// <summary>
/// Evidence for the living documentation (plots, logs, dumps): each is written as a file under the report folder's
/// <c>attachments/</c> and handed to Reqnroll, whose formatters embed it under the step or hook that is running.
/// </summary>
public sealed class ScenarioAttachments(IReqnrollOutputHelper output)
{
    private readonly string _folder = Path.Combine(
        Environment.GetEnvironmentVariable(AcceptanceReport.DirectoryVariable) is { Length: > 0 } report ? report : Path.GetTempPath(),
        "attachments",
        Guid.NewGuid().ToString("N")[..12]);

    /// <summary>
    /// Attaches a file with this content; Reqnroll takes its media type from the name's extension (.png → image/png,
    /// shown as an image; .txt → text/plain, shown as text). An extension it does not know, .log among them, becomes
    /// application/octet-stream: a download link, not text on the page.
    /// </summary>
    public void Attach(byte[] body, string fileName) => Attach(fileName, path => File.WriteAllBytes(path, body));

    public void Attach(string text, string fileName) => Attach(fileName, path => File.WriteAllText(path, text));

    private void Attach(string fileName, Action<string> write)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, fileName);
        write(path);
        output.AddAttachment(path);
    }
}
