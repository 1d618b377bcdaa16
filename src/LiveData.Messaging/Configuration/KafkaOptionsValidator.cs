using Microsoft.Extensions.Options;

namespace LiveData.Messaging.Configuration;

/// <summary>
/// Refuses unknown values, a missing CA file, partial credentials and settings the chosen protocol would
/// ignore, naming every problem by its variable (never the password).
/// </summary>
public sealed class KafkaOptionsValidator : IValidateOptions<KafkaOptions>
{
    public ValidateOptionsResult Validate(string? name, KafkaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Interpret().Problems is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
