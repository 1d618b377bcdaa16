namespace LiveData.Services.Hosting;

/// <summary>Lets an in-process host know when its backend service consumes (the out-of-process signal is the log line).</summary>
public sealed class ServiceReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Ready => _ready.Task;

    public void MarkReady() => _ready.TrySetResult();
}
