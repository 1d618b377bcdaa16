namespace LiveData.Core.Beamline;

/// <summary>A log a timeseries shows (a plain f144 log or a merged device); the unit is not on the wire so it is declared here.</summary>
public sealed record LogStream(string Name, string Unit);
