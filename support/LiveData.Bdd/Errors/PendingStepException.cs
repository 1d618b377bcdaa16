namespace LiveData.Bdd;

/// <summary>Thrown by a step definition that is not implemented yet; the scenario is reported as pending, not passed.</summary>
public class PendingStepException(string message) : Exception(message)
{
    public PendingStepException()
        : this("The step definition is not implemented.")
    {
    }
}
