namespace LiveData.Bdd;

/// <summary>A binding cannot be used as written: bad expression, parameter mismatch, or a value that does not convert.</summary>
public class BindingException(string message, Exception? innerException = null) : Exception(message, innerException);
