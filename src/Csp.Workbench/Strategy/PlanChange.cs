namespace Csp.Workbench.Strategy;

/// <summary>The outcome of a change to the structure, an action plan row or a decision: done (with the id), refused with the reasons, or not found (a row the user may not see is not found).</summary>
public sealed record PlanChange(bool Done, long Id, IReadOnlyList<string> Errors, bool NotFound = false)
{
    /// <summary>The <see cref="Errors"/> by the form field each names, in the same order (empty when a refusal names no field).</summary>
    public IReadOnlyList<FieldError> FieldErrors { get; init; } = [];

    /// <summary>The form fields the <see cref="Errors"/> name, in order.</summary>
    public IReadOnlyList<string> Fields => FieldErrors.Select(e => e.Field).ToList();

    /// <summary>Refused because the user's role may not make this change at all (the web answers 403), not because of what was given.</summary>
    public bool Forbidden { get; init; }

    public static PlanChange Ok(long id) => new(true, id, []);

    public static PlanChange Refused(params string[] errors) => new(false, 0, errors);

    /// <summary>Refused for what was given: each error names its field.</summary>
    public static PlanChange Invalid(IReadOnlyList<FieldError> errors) => new(false, 0, errors.Select(e => e.ToString()).ToList()) { FieldErrors = errors };

    public static PlanChange Denied(string reason) => new(false, 0, [reason]) { Forbidden = true };

    public static PlanChange Missing { get; } = new(false, 0, ["No such action."], true);
}
