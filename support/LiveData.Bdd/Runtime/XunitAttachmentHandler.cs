using Reqnroll.Infrastructure;
using Xunit;

namespace LiveData.Bdd.Runtime;

/// <summary>
/// Names each attached file in the test output; the formatters embed the file itself in the report
/// (Reqnroll publishes the attachment to them before calling this).
/// </summary>
internal sealed class XunitAttachmentHandler : IReqnrollAttachmentHandler
{
    public void AddAttachment(string filePath) => TestContext.Current.SendDiagnosticMessage($"Attachment: {filePath}");
}
