using System.Diagnostics.CodeAnalysis;
using BoDi;

namespace LiveData.Bdd;

/// <summary>
/// The running scenario, injected into bindings: what it is, how it is going, and a string-keyed bag
/// for values steps hand to each other (prefer typed context objects; this is for the odd case).
/// One instance per scenario, so parallel scenarios never share it.
/// </summary>
public sealed class ScenarioContext
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    internal ScenarioContext(ScenarioInfo scenarioInfo, FeatureInfo featureInfo, IObjectContainer scenarioContainer)
    {
        ScenarioInfo = scenarioInfo;
        FeatureInfo = featureInfo;
        ScenarioContainer = scenarioContainer;
    }

    public ScenarioInfo ScenarioInfo { get; }

    public FeatureInfo FeatureInfo { get; }

    /// <summary>This scenario's container: binding classes, context objects and drivers live here.</summary>
    public IObjectContainer ScenarioContainer { get; }

    /// <summary>The exception of the failing step or BeforeScenario hook; null while all is well.</summary>
    public Exception? TestError { get; internal set; }

    public ScenarioExecutionStatus ScenarioExecutionStatus { get; internal set; } = ScenarioExecutionStatus.OK;

    public void Set<T>(T data, string key) => _values[key] = data;

    /// <summary>Stores <paramref name="data"/> under its type's full name.</summary>
    public void Set<T>(T data) => Set(data, DefaultKey<T>());

    public T Get<T>(string key) =>
        _values.TryGetValue(key, out var value)
            ? (T)value!
            : throw new KeyNotFoundException($"The scenario context has no value '{key}'. Keys: {string.Join(", ", _values.Keys)}.");

    public T Get<T>() => Get<T>(DefaultKey<T>());

    public bool TryGetValue<T>(string key, [MaybeNullWhen(false)] out T value)
    {
        if (_values.TryGetValue(key, out var stored) && stored is T typed)
        {
            value = typed;
            return true;
        }

        value = default;
        return false;
    }

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    private static string DefaultKey<T>() => typeof(T).FullName ?? typeof(T).Name;
}
