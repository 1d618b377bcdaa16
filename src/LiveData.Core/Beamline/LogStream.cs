namespace LiveData.Core.Beamline;

/// <summary>An f144 log; the unit is not on the wire so it is declared here.</summary>
public sealed record LogStream(string Name, string Unit);
