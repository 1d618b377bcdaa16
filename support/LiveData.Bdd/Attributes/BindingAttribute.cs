namespace LiveData.Bdd;

/// <summary>Marks a class whose public methods hold step definitions, hooks or step argument transformations.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class BindingAttribute : Attribute;
