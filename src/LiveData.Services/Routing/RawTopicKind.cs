namespace LiveData.Services.Routing;

/// <summary>What a raw topic carries, which decides the schemas accepted on it.</summary>
public enum RawTopicKind
{
    Monitor,
    Detector,
    AreaDetector,
    Log,
}
