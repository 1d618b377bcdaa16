namespace LiveData.Checkout;

/// <summary>A folder and every folder above it, nearest first.</summary>
internal static class Ancestors
{
    public static IEnumerable<string> Of(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            yield return directory.FullName;
        }
    }
}
