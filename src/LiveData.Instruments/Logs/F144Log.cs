namespace LiveData.Instruments.Logs;

/// <summary>
/// An f144 log the services read: its internal name (the DEV source_name on <c>{instrument}_motion</c>), its unit,
/// and the production topic and PV source_name it arrives under.
/// </summary>
public sealed record F144Log(string Name, string Unit, string ProdTopic, string ProdSource);
