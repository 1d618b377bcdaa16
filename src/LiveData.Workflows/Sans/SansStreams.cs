namespace LiveData.Workflows.Sans;

/// <summary>The streams an I(Q) job reads: its detector bank and the monitors chosen for its aux roles.</summary>
public sealed record SansStreams(string Bank, string Incident, string Transmission);
