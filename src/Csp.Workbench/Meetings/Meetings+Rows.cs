using Csp.Core.Meetings;
using Csp.Core.Strategy;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Meetings;

public sealed partial class Meetings
{
    /// <summary>The structure's groups: to find one by name or alias, and each one's id and name.</summary>
    private static async Task<(PartnershipStructure Structure, Dictionary<string, long> Ids, Dictionary<long, string> Names)> GroupsAsync(CspDbContext db,
        CancellationToken cancellationToken)
    {
        var all = await db.PartnershipGroups.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = all.ToDictionary(g => g.Id, g => g.Name);
        return (new PartnershipStructure(all.Select(g => PlanRows.Group(g, names))), all.ToDictionary(g => g.Name, g => g.Id, StringComparer.Ordinal), names);
    }

    private static async Task<Meeting> MeetingAsync(CspDbContext db, MeetingRow row, string group, CancellationToken cancellationToken)
    {
        var attendees = await db.MeetingAttendees.AsNoTracking().Where(a => a.MeetingId == row.Id).OrderBy(a => a.Position).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.MeetingItems.AsNoTracking().Where(i => i.MeetingId == row.Id).OrderBy(i => i.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await db.MeetingDecisions.AsNoTracking().Where(d => d.MeetingId == row.Id).OrderBy(d => d.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var actions = await db.MeetingActions.AsNoTracking().Where(a => a.MeetingId == row.Id).OrderBy(a => a.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new Meeting(row.Id, group, row.HeldOn, row.Title, row.Location,
            attendees.Select(a => new Attendee(a.Id, a.Name, a.Role, a.Agency, a.Contact, Enum.Parse<Attendance>(a.Attendance))).ToList(),
            items.Select(i => new AgendaItem(i.Id, i.Number, i.Title, i.Notes, i.PaperTitle is { } t && i.PaperLink is { } l ? new MeetingPaper(t, l) : null)).ToList(),
            decisions.Select(d => new MeetingDecision(d.Id, d.ItemNumber, d.Text, d.ProposedBy, Enum.Parse<DecisionOutcome>(d.Outcome))).ToList(),
            actions.Select(a => Action(a, row.HeldOn)).ToList(), row.Source);
    }

    private static MeetingAction Action(MeetingActionRow a, DateOnly raisedOn) =>
        new(a.Id, a.MeetingId, raisedOn, a.Number, a.ItemNumber, a.Action, a.Owner, a.DueOn, Enum.Parse<ActionStatus>(a.Status), a.Note);
}
