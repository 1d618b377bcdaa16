namespace LiveData.Services.Backend;

/// <summary>
/// Which backend service to run, for which instrument. <see cref="Dev"/> selects DEV raw-stream naming;
/// <see cref="Sources"/> restricts the worker to some of the service's sources (null: all of them);
/// <see cref="GeometryFile"/> and <see cref="LookupTableFile"/> override where the instrument's NeXus geometry and
/// wavelength lookup table are read from (<see cref="InstrumentFiles"/>).
/// </summary>
public sealed record BackendServiceOptions(string Instrument, string ServiceName, bool Dev, HostedSources? Sources = null, string? GeometryFile = null, string? LookupTableFile = null);
