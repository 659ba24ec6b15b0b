using Csp.Core.Taskings;

namespace Csp.Workbench.Briefing;

/// <summary>A task as the hosts show it: the task, its referrals and its history. Serialised camelCase by <c>csp tasking --format json</c>.</summary>
/// <param name="RaisedBy">Who raised it: they keep ownership (it is theirs to close) whoever it is given to.</param>
/// <param name="OwnerAgency">The agency doing it (the raiser's unless given to another).</param>
/// <param name="Due">The last day for it (included): overdue from the day after.</param>
public sealed record TaskingView(
    string Reference,
    string What,
    string? Where,
    string? AreaCode,
    string RaisedBy,
    string RaisedByAgency,
    string OwnerAgency,
    string? OwnerOfficer,
    DateOnly Raised,
    DateOnly Due,
    TaskingStatus Status,
    string? Outcome,
    IReadOnlyList<string> RelatedIncidents,
    string? CaseReference,
    IReadOnlyList<ReferralView> Referrals,
    IReadOnlyList<TaskingChange> History)
{
    public bool IsOpen => Status is TaskingStatus.Open or TaskingStatus.InProgress;

    public bool IsOverdueOn(DateOnly today) => IsOpen && Due < today;

    /// <summary>The core's task (with its latest referral), for the briefing's list of tasks due.</summary>
    public Tasking ToTasking() => new(Reference, What, Where, new TaskOwner(OwnerAgency, OwnerOfficer), Raised, Due, Status, Outcome, RelatedIncidents, CaseReference,
        Referrals.Count == 0 ? null : Referrals[^1] is var r ? new Referral(r.Service, r.Made, r.Response, r.RespondedOn) : null);
}

/// <summary>A referral of the task to another service and its response (null while awaited).</summary>
public sealed record ReferralView(string Service, DateOnly Made, string MadeBy, string? Response, DateOnly? RespondedOn);

/// <summary>One change to a task: when (UTC), by whom, what (raised, assigned, updated, referred, response, completed, closed), in words.</summary>
public sealed record TaskingChange(DateTimeOffset At, string UserName, string Change, string? Detail);
