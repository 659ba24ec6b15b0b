namespace Csp.Core.Taskings;

/// <summary>
/// A task raised at a daily briefing or a Tasking and Coordination Group meeting: what is to be done, where, by whom
/// and by when, and what came of it.
/// </summary>
/// <param name="Where">The place in words or a location key (an address, a park, a ward).</param>
/// <param name="Due">The last day for it (included): overdue from the day after.</param>
/// <param name="RelatedIncidents">Incident ids the task answers.</param>
/// <param name="CaseReference">An ASB or problem-solving case it belongs to, if any.</param>
public sealed record Tasking(
    string Id,
    string What,
    string? Where,
    TaskOwner Owner,
    DateOnly Raised,
    DateOnly Due,
    TaskingStatus Status,
    string? Outcome = null,
    IReadOnlyList<string>? RelatedIncidents = null,
    string? CaseReference = null,
    Referral? Referral = null)
{
    public bool IsOpen => Status is TaskingStatus.Open or TaskingStatus.InProgress;

    /// <summary>Open and due before <paramref name="today"/>.</summary>
    public bool IsOverdueOn(DateOnly today) => IsOpen && Due < today;

    /// <summary>Whether a user of <paramref name="agency"/> sees it: the owner's agency and the agency referred to. Null (analysts, administrators) sees all.</summary>
    public bool IsVisibleTo(string? agency) =>
        agency is null
        || string.Equals(Owner.Agency, agency, StringComparison.OrdinalIgnoreCase)
        || (Referral is { } r && string.Equals(r.Service, agency, StringComparison.OrdinalIgnoreCase));
}
