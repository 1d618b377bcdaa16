namespace LiveData.Core.Beamline;

/// <summary>An event-mode detector: its detector_number range and the logical shape it folds into.</summary>
public sealed record DetectorBank(string Name, int FirstDetectorNumber, int LastDetectorNumber, IReadOnlyList<KeyValuePair<string, int>> LogicalShape);
