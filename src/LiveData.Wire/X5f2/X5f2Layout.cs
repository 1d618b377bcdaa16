namespace LiveData.Wire.X5f2;

/// <summary>Field slots of <c>Status</c> (schemas/x5f2_status.fbs).</summary>
internal static class X5f2Layout
{
    public const int SoftwareName = 0;
    public const int SoftwareVersion = 1;
    public const int ServiceId = 2;
    public const int HostName = 3;
    public const int ProcessId = 4;
    public const int UpdateInterval = 5;
    public const int StatusJson = 6;
    public const int FieldCount = 7;
}
