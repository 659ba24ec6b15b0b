using Csp.Core.Periods;
using Csp.Core.Strategy;
using Csp.Storage;
using Csp.Storage.Strategy;
using Csp.Storage.Entities;
using Csp.Workbench.Assessment;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Strategy;

/// <summary>
/// The Management Group's decision on the Strategic Assessment's recommended priorities: what it is taken on (the
/// assessment's ranked scoring for an area and period), recording it (administrators and analysts record what the
/// group decided; audited), and the latest decision, which the assessment report and the strategy show.
/// </summary>
public sealed class PriorityDecisions(CspDatabase database, TimeProvider clock, Assessments assessments)
{
    /// <summary>The group a decision is recorded for unless another is named.</summary>
    public const string DefaultGroup = "CSP Management Group";

    /// <summary>The assessment's scoring for the area and period (the dashboard's default period when none is given), with the decision recorded for them; or why not.</summary>
    public async Task<(DecisionBasis? Basis, string? Problem)> BasisAsync(string? area, PeriodComparison? periods, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(area)) return (null, "Choose an area: an ONS code such as E22000352 or a name such as Gravesham.");
        var match = await assessments.FindAreaAsync(area, cancellationToken).ConfigureAwait(false);
        if (match.Area is not { } found) return (null, match.Problem);
        var snapshot = await assessments.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        periods ??= snapshot.DefaultPeriods(found);
        if (periods is null) return (null, $"There is no police data for {found.Name}.");
        var answer = await assessments.AnswerAsync(found.Code, periods, null, null, false, Readership.Restricted, cancellationToken).ConfigureAwait(false);
        if (answer.Result is not { } result) return (null, answer.Detail ?? answer.Title);
        var recorded = await LatestAsync(database, found.Code, periods.Period.ToString(), cancellationToken).ConfigureAwait(false);
        return (new DecisionBasis(found, periods, $"{result.Period.Label} compared with {result.Baseline.Label}", result.Priorities, recorded), null);
    }

    public async Task<PlanChange> RecordAsync(PlanUser by, NewDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(decision);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts record the Management Group's decision.");
        var (basis, problem) = await BasisAsync(decision.Area, decision.Periods, cancellationToken).ConfigureAwait(false);
        if (basis is null) return PlanChange.Refused(problem ?? "The assessment cannot be made.");
        var errors = new List<string>();
        var chosen = decision.Chosen.Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (chosen.Count == 0) errors.Add("Choose at least one priority: tick the recommended ones the group accepted, or add its own.");
        if (chosen.Any(c => c.Length > 200)) errors.Add("A priority's name is at most 200 characters.");
        var reasons = (decision.Reasons ?? "").Trim();
        if (reasons.Length == 0) errors.Add("Give the group's reasons (as its minutes record them).");
        if (reasons.Length > 4000) errors.Add("The reasons are at most 4,000 characters.");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (decision.MeetingOn > today) errors.Add("The meeting date is in the future: record a decision once it is taken.");
        if (decision.EndorsedOn is { } e && e < decision.MeetingOn) errors.Add("The CSP endorses a decision after the Management Group takes it: the endorsement date is before the meeting.");
        if (decision.EndorsedOn > today) errors.Add("The endorsement date is in the future.");
        var group = string.IsNullOrWhiteSpace(decision.Group) ? DefaultGroup : decision.Group.Trim();
        if (errors.Count > 0) return PlanChange.Refused([.. errors]);
        var items = PriorityDecision.Decide(basis.Scoring, chosen);
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow();
        // Recorded against the meeting that took it: the group's meeting on that date, made now when none is recorded yet.
        var meetingId = await Meetings.Meetings.FindOrCreateAsync(db, group, decision.MeetingOn, by.UserName, now, cancellationToken).ConfigureAwait(false);
        var row = db.PriorityDecisions.Add(new PriorityDecisionRow
        {
            AreaCode = basis.Area.Code, AreaName = basis.Area.Name, Period = basis.Periods.Period.ToString(), PeriodLabel = basis.PeriodLabel, GroupName = group,
            MeetingOn = decision.MeetingOn, Reasons = reasons, RecordedBy = by.UserName, RecordedAt = now, EndorsedOn = decision.EndorsedOn, MeetingId = meetingId,
        }).Entity;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        db.PriorityDecisionItems.AddRange(items.Select((p, i) => new PriorityDecisionItemRow
        {
            DecisionId = row.Id, Position = i, Name = p.Name, Outcome = p.Outcome.ToString(), Rank = p.Rank, Score = p.Score, Recommended = p.Recommended,
        }));
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = by.UserName, Action = AuditActions.PriorityDecisionRecorded, Address = by.Address, Target = $"{basis.Area.Name} {basis.Periods.Period}",
            Detail = $"{group}, {decision.MeetingOn:yyyy-MM-dd}" + (meetingId is { } m ? $" (meeting {m})" : "") + ": " + string.Join("; ", items.Select(p => $"{p.Name} {p.Outcome}")),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(row.Id);
    }

    /// <summary>The decision for an assessment report's area and period, or null (the report then shows the recommendation only).</summary>
    public static Task<PriorityDecision?> ForReportAsync(CspDatabase database, string areaCode, string period, CancellationToken cancellationToken) =>
        LatestAsync(database, areaCode, period, cancellationToken);

    /// <summary>The latest decision recorded against a meeting, or null: the meeting's minutes show it.</summary>
    internal static async Task<PriorityDecision?> ForMeetingAsync(CspDatabase database, long meetingId, CancellationToken cancellationToken) =>
        Decision(await PriorityDecisionSource.ForMeetingAsync(database, meetingId, cancellationToken).ConfigureAwait(false));

    /// <summary>The latest decision recorded (for the area and period when given), or null: one plain-SQL read for every caller.</summary>
    internal static async Task<PriorityDecision?> LatestAsync(CspDatabase database, string? areaCode, string? period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        return Decision(await PriorityDecisionSource.LatestAsync(database, areaCode, period, cancellationToken).ConfigureAwait(false));
    }

    private static PriorityDecision? Decision(StoredPriorityDecision? row) =>
        row is null ? null : new PriorityDecision(row.AreaCode, row.AreaName, row.Period, row.PeriodLabel, row.GroupName, row.MeetingOn,
            row.Items.Select(i => new DecidedPriority(i.Name, Enum.Parse<PriorityOutcome>(i.Outcome), i.Rank, i.Score, i.Recommended)).ToList(),
            row.Reasons, row.RecordedBy, row.RecordedAt, row.EndorsedOn);
}
