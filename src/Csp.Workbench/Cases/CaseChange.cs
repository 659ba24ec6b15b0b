namespace Csp.Workbench.Cases;

/// <summary>
/// The answer to a change on a case: done (with the new record's id) or refused with the reasons in words. A case the
/// user may not see is <see cref="NotFound"/>: the answer does not tell whether it exists.
/// </summary>
public sealed record CaseChange(bool Done, long Id, IReadOnlyList<string> Errors, bool NotFound = false)
{
    public static CaseChange Ok(long id) => new(true, id, []);

    public static CaseChange Refused(params string[] errors) => new(false, 0, errors);

    public static CaseChange Missing { get; } = new(false, 0, ["No such case."], true);
}
