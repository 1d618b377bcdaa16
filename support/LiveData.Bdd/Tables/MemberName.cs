namespace LiveData.Bdd;

/// <summary>Matches table column names to member names so that "Time of arrival bins" finds TimeOfArrivalBins.</summary>
internal static class MemberName
{
    public static string Normalize(string name) =>
        string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();
}
