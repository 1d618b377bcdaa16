namespace LiveData.Workflows;

/// <summary>
/// The outputs every time-of-arrival histogram workflow publishes (monitor histogram, detector and area-detector
/// views), named once here so that neither workflow borrows the other's names. Upstream keeps these wire names in
/// wavelength mode too (<c>counts_in_toa_range</c> then counts the wavelength range).
/// </summary>
public static class TimeOfArrivalOutputs
{
    public const string Cumulative = "cumulative";
    public const string Current = "current";
    public const string CountsTotal = "counts_total";
    public const string CountsInToaRange = "counts_in_toa_range";
    public const string CountsTotalCumulative = "counts_total_cumulative";
    public const string CountsInToaRangeCumulative = "counts_in_toa_range_cumulative";
}
