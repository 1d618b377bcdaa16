namespace LiveData.Bench.Kernels;

/// <summary>What events a case runs on: a detector's pixel range and the time-of-arrival span, seeded.</summary>
public sealed record EventSet(int FirstPixelId, int PixelCount, int TimeOfArrivalStopNs, int Seed);
