namespace LiveData.Workflows;

/// <summary>How an output relates to time: one update interval, everything since start/reset, or samples along time.</summary>
public enum Temporality
{
    Window,
    Cumulative,
    Series,
}
