using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>
/// Files and text a scenario adds to the living-documentation report (logs, dumps, plots). Injected like
/// any context object; each attachment belongs to the hook or step running when it is added (the report
/// shows a passed hook's attachments with the nearest step that ran, as it folds passed hooks away).
/// </summary>
public sealed class ScenarioAttachments
{
    private readonly Lock _gate = new();
    private readonly List<ScenarioAttachment> _attachments = [];
    private int? _currentTestStep;

    internal ScenarioAttachments()
    {
    }

    public IReadOnlyList<ScenarioAttachment> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _attachments];
            }
        }
    }

    /// <summary>Attaches binary content (e.g. image/png), stored base64-encoded.</summary>
    public void Attach(byte[] body, string mediaType, string fileName) =>
        Add(Convert.ToBase64String(body), AttachmentContentEncoding.BASE64, mediaType, fileName);

    /// <summary>Attaches text as it is (e.g. a log tail or a diagnostic dump).</summary>
    public void Attach(string text, string mediaType = "text/plain", string? fileName = null) =>
        Add(text, AttachmentContentEncoding.IDENTITY, mediaType, fileName);

    /// <summary>Which test step (hook or step, counted in the order they run) attachments now belong to; null for the scenario.</summary>
    internal void SetCurrentTestStep(int? index)
    {
        lock (_gate)
        {
            _currentTestStep = index;
        }
    }

    private void Add(string body, AttachmentContentEncoding encoding, string mediaType, string? fileName)
    {
        lock (_gate)
        {
            _attachments.Add(new ScenarioAttachment(body, encoding, mediaType, fileName, _currentTestStep, DateTimeOffset.UtcNow));
        }
    }
}

/// <summary>One attachment; <see cref="TestStepIndex"/> counts BeforeScenario hooks, steps and AfterScenario hooks in the order they ran.</summary>
public sealed record ScenarioAttachment(
    string Body, AttachmentContentEncoding Encoding, string MediaType, string? FileName, int? TestStepIndex, DateTimeOffset Timestamp);
