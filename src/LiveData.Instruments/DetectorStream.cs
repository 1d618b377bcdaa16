using LiveData.Core.Beamline;

namespace LiveData.Instruments;

/// <summary>
/// One raw event stream of a detector with DEV naming: the Kafka source_name, the detector it feeds
/// (several streams may merge into one, as BIFROST's 45 triplets feed <c>unified_detector</c>) and the
/// detector_number range fake_detectors draws pixel ids from.
/// </summary>
public sealed record DetectorStream(string SourceName, string Detector, int FirstDetectorNumber, int LastDetectorNumber)
{
    /// <summary>The stream of a detector whose DEV source name is its own name, covering its whole range.</summary>
    public static DetectorStream Of(DetectorBank bank) => new(bank.Name, bank.Name, bank.FirstDetectorNumber, bank.LastDetectorNumber);
}
