namespace Csp.Workbench.Strategy;

/// <summary>The outcome of a change to the structure, an action plan row or a decision: done (with the id), refused with the reasons, or not found (a row the user may not see is not found).</summary>
public sealed record PlanChange(bool Done, long Id, IReadOnlyList<string> Errors, bool NotFound = false)
{
    public static PlanChange Ok(long id) => new(true, id, []);

    public static PlanChange Refused(params string[] errors) => new(false, 0, errors);

    public static PlanChange Missing { get; } = new(false, 0, ["No such action."], true);
}
