using LiveData.Protocol.Acknowledgements;

namespace LiveData.Services.Jobs;

/// <summary>What handling a command produced: an acknowledgement to send, or none (the command was not for this worker).</summary>
public sealed record CommandOutcome(CommandAcknowledgement? Acknowledgement)
{
    public static readonly CommandOutcome NotForThisWorker = new((CommandAcknowledgement?)null);
}
