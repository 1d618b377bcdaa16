using LiveData.Dashboard;

namespace LiveData.Web.Live;

/// <summary>
/// The verdicts on commands (acknowledged, failed with the service's reason, unanswered), taken from the dashboard
/// as they come and kept, numbered, so that every open page shows each one.
/// </summary>
public sealed class NotificationLog(int capacity = 200)
{
    private readonly Lock _gate = new();
    private readonly Queue<Notice> _notices = new();
    private long _next = 1;

    public void TakeFrom(DashboardWorkflows workflows)
    {
        while (workflows.TryTakeNotification(out var notification))
        {
            Add(notification.Text, notification.IsError);
        }
    }

    public void Add(string text, bool isError)
    {
        lock (_gate)
        {
            _notices.Enqueue(new Notice(_next++, DateTimeOffset.UtcNow, text, isError));
            if (_notices.Count > capacity)
            {
                _notices.Dequeue();
            }
        }
    }

    /// <summary>The notices numbered above <paramref name="seen"/>, oldest first.</summary>
    public IReadOnlyList<Notice> Since(long seen)
    {
        lock (_gate)
        {
            return [.. _notices.Where(n => n.Seq > seen)];
        }
    }
}

public sealed record Notice(long Seq, DateTimeOffset At, string Text, bool IsError);
