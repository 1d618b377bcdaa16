namespace LiveData.Services.Backend;

/// <summary>
/// Which backend service to run, for which instrument. <see cref="Dev"/> selects DEV raw-stream naming;
/// <see cref="Sources"/> restricts the worker to some of the service's sources (null: all of them).
/// </summary>
public sealed record BackendServiceOptions(string Instrument, string ServiceName, bool Dev, HostedSources? Sources = null);
