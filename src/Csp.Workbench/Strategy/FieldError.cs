namespace Csp.Workbench.Strategy;

/// <summary>What is wrong with one field of a form: the field's name (as the form posts it), its label as the form prints it, and the reason.</summary>
public sealed record FieldError(string Field, string Label, string Message)
{
    public override string ToString() => $"{Label}: {Message}";
}
