namespace LiveData.Services.Backend;

/// <summary>Which backend service to run, for which instrument. <see cref="Dev"/> selects DEV raw-stream naming.</summary>
public sealed record BackendServiceOptions(string Instrument, string ServiceName, bool Dev);
