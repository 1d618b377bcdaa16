namespace LiveData.Bdd;

/// <summary>A .feature file is not valid Gherkin; the message names the file and the lines.</summary>
public sealed class FeatureParseException(string filePath, string message, Exception innerException)
    : Exception(message, innerException)
{
    public string FilePath { get; } = filePath;
}
