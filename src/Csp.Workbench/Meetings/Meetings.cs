using System.Globalization;
using Csp.Core.Meetings;
using Csp.Core.Strategy;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Csp.Workbench.Reports;
using Csp.Workbench.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Meetings;

/// <summary>
/// The meetings of the partnership's groups: the list by group, a meeting with its matters arising (the outstanding
/// actions of the group's earlier meetings) and the decision on priorities taken at it, recording a meeting (administrators
/// and analysts: who was there, the agenda items and their papers, decisions, actions arising, and later each action's
/// progress; every change audited), and its minutes as a document. Everyone who reads the strategy reads the meetings.
/// </summary>
public sealed partial class Meetings(CspDatabase database, TimeProvider clock, ReportRenderers renderers)
{
    public const int TextLength = 4000;
    public const int NameLength = 200;

    private static readonly PlanChange NoMeeting = new(false, 0, ["No such meeting."], true);
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The meetings held (of one group, by name or alias, when given), newest first.</summary>
    public async Task<IReadOnlyList<MeetingSummary>> ListAsync(string? group, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var groups = await GroupsAsync(db, cancellationToken).ConfigureAwait(false);
        long? only = null;
        if (!string.IsNullOrWhiteSpace(group))
        {
            if (groups.Structure.Find(group.Trim()) is not { } found) return [];
            only = groups.Ids[found.Name];
        }
        var meetings = await db.Meetings.AsNoTracking().Where(m => only == null || m.GroupId == only).ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = meetings.Select(m => m.Id).ToList();
        var attendees = await db.MeetingAttendees.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).Select(a => new { a.MeetingId, a.Attendance }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = await db.MeetingItems.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).Select(a => a.MeetingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var decisions = await db.MeetingDecisions.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).Select(a => a.MeetingId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var actions = await db.MeetingActions.AsNoTracking().Where(a => ids.Contains(a.MeetingId)).Select(a => new { a.MeetingId, a.Status }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var withPriorities = await db.PriorityDecisions.AsNoTracking().Where(d => d.MeetingId != null && ids.Contains(d.MeetingId.Value)).Select(d => d.MeetingId!.Value)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return meetings.OrderByDescending(m => m.HeldOn).ThenBy(m => groups.Names[m.GroupId], StringComparer.Ordinal).Select(m => new MeetingSummary(
            m.Id, groups.Names[m.GroupId], m.HeldOn, m.Title,
            attendees.Count(a => a.MeetingId == m.Id && a.Attendance == nameof(Attendance.Present)),
            attendees.Count(a => a.MeetingId == m.Id && a.Attendance == nameof(Attendance.Apologies)),
            items.Count(i => i == m.Id), decisions.Count(d => d == m.Id), actions.Count(a => a.MeetingId == m.Id),
            actions.Count(a => a.MeetingId == m.Id && IsOutstanding(a.Status)), withPriorities.Contains(m.Id), m.Source)).ToList();
    }

    /// <summary>A meeting with its matters arising and the decision on priorities taken at it; null when there is no such meeting.</summary>
    public async Task<MeetingView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null) return null;
        var groups = await GroupsAsync(db, cancellationToken).ConfigureAwait(false);
        var meeting = await MeetingAsync(db, row, groups.Names[row.GroupId], cancellationToken).ConfigureAwait(false);
        // Matters arising: the actions of the group's earlier meetings that are still outstanding, oldest first.
        var earlier = (await db.Meetings.AsNoTracking().Where(m => m.GroupId == row.GroupId).Select(m => new { m.Id, m.HeldOn }).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Where(m => m.HeldOn < row.HeldOn).ToDictionary(m => m.Id, m => m.HeldOn);
        var earlierIds = earlier.Keys.ToList();
        var open = (await db.MeetingActions.AsNoTracking().Where(a => earlierIds.Contains(a.MeetingId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .Select(a => Action(a, earlier[a.MeetingId])).Where(a => a.Outstanding).OrderBy(a => a.RaisedOn).ThenBy(a => a.Number).ToList();
        var priorities = await PriorityDecisions.ForMeetingAsync(database, id, cancellationToken).ConfigureAwait(false);
        return new MeetingView(meeting, open, priorities, row.GroupId);
    }

    /// <summary>Records a meeting of a group (by name or alias) on a date; refused when the group already has one that day.</summary>
    public async Task<PlanChange> CreateAsync(PlanUser by, string? group, DateOnly? heldOn, string? title, string? location, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts record meetings.");
        await using var db = database.CreateContext();
        var groups = await GroupsAsync(db, cancellationToken).ConfigureAwait(false);
        var errors = new List<string>();
        var found = groups.Structure.Find((group ?? "").Trim());
        if (found is null) errors.Add($"There is no group '{group}': choose one of the partnership's groups.");
        if (heldOn is null) errors.Add("Give the meeting's date.");
        Check(errors, title, "The title", 300);
        Check(errors, location, "The venue", 300);
        if (errors.Count > 0) return PlanChange.Refused([.. errors]);
        var groupId = groups.Ids[found!.Name];
        var day = heldOn!.Value;
        if (await db.Meetings.AnyAsync(m => m.GroupId == groupId && m.HeldOn == day, cancellationToken).ConfigureAwait(false))
        {
            return PlanChange.Refused($"The {found.Name} already has a meeting on {day.ToString("d MMMM yyyy", EnGb)}: open it from the list.");
        }
        var now = clock.GetUtcNow();
        var row = db.Meetings.Add(new MeetingRow { GroupId = groupId, HeldOn = day, Title = Clean(title), Location = Clean(location), RecordedBy = by.UserName, RecordedAt = now }).Entity;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        Audit(db, by, row.Id, $"meeting of the {found.Name} on {day:yyyy-MM-dd} recorded", now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(row.Id);
    }

    public async Task<PlanChange> AddAttendeeAsync(PlanUser by, long meetingId, NewAttendee person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(person);
        var errors = new List<string>();
        var name = (person.Name ?? "").Trim();
        if (name.Length == 0) errors.Add("Give the person's name.");
        Check(errors, name, "The name", NameLength);
        Check(errors, person.Role, "The role", NameLength);
        Check(errors, person.Agency, "The agency", NameLength);
        Check(errors, person.Contact, "The work contact", NameLength);
        if (Clean(person.Contact) is { } contact && !IsWorkContact(contact)) errors.Add("The work contact is a work e-mail address or telephone number (nothing else about a person is kept).");
        if (!Enum.TryParse<Attendance>((person.Attendance ?? "").Replace(" ", "", StringComparison.Ordinal), true, out var attendance) || !Enum.IsDefined(attendance))
        {
            errors.Add("Say whether the person was present, sent apologies or was in attendance.");
        }
        return await ChangeAsync(by, meetingId, errors, async (db, meeting) =>
        {
            var position = await db.MeetingAttendees.Where(a => a.MeetingId == meetingId).Select(a => (int?)a.Position).MaxAsync(cancellationToken).ConfigureAwait(false) ?? 0;
            db.MeetingAttendees.Add(new MeetingAttendeeRow
            {
                MeetingId = meetingId, Position = position + 1, Name = name, Role = Clean(person.Role), Agency = Clean(person.Agency), Contact = Clean(person.Contact),
                Attendance = attendance.ToString(),
            });
            return $"{name} listed as {attendance}";
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PlanChange> AddItemAsync(PlanUser by, long meetingId, NewAgendaItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(item);
        var errors = new List<string>();
        var title = (item.Title ?? "").Trim();
        if (title.Length == 0) errors.Add("Give the item's title.");
        Check(errors, title, "The item's title", 300);
        Check(errors, item.Notes, "What the minutes say of the item", TextLength);
        if (item.Number is < 1 or > 99) errors.Add("An item's number is from 1 to 99.");
        string? link = null;
        if (Clean(item.PaperLink) is not null || Clean(item.PaperTitle) is not null)
        {
            (link, var problem) = MeetingPaper.Check(item.PaperLink);
            if (problem is not null) errors.Add(problem);
            if (Clean(item.PaperTitle) is null) errors.Add("Give the paper's title.");
            Check(errors, item.PaperTitle, "The paper's title", 300);
        }
        return await ChangeAsync(by, meetingId, errors, async (db, meeting) =>
        {
            var held = await db.MeetingItems.Where(i => i.MeetingId == meetingId).Select(i => i.Number).ToListAsync(cancellationToken).ConfigureAwait(false);
            var number = item.Number ?? (held.Count == 0 ? 1 : held.Max() + 1);
            if (held.Contains(number)) return null;
            db.MeetingItems.Add(new MeetingItemRow { MeetingId = meetingId, Number = number, Title = title, Notes = Clean(item.Notes), PaperTitle = Clean(item.PaperTitle), PaperLink = link });
            return $"item {number} {title}" + (link is null ? "" : $" with the paper {link}");
        }, cancellationToken, "That item number is taken: give another or leave it empty for the next.").ConfigureAwait(false);
    }

    public async Task<PlanChange> AddDecisionAsync(PlanUser by, long meetingId, NewMeetingDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(decision);
        var errors = new List<string>();
        var text = (decision.Text ?? "").Trim();
        if (text.Length == 0) errors.Add("Give the decision's text.");
        Check(errors, text, "The decision", TextLength);
        Check(errors, decision.ProposedBy, "Who proposed it", NameLength);
        if (!Enum.TryParse<DecisionOutcome>((decision.Outcome ?? "").Replace(" ", "", StringComparison.Ordinal), true, out var outcome) || !Enum.IsDefined(outcome))
        {
            errors.Add("Give the outcome: agreed, not agreed, deferred or noted.");
        }
        return await ChangeAsync(by, meetingId, errors, async (db, meeting) =>
        {
            if (decision.Item is { } n && !await db.MeetingItems.AnyAsync(i => i.MeetingId == meetingId && i.Number == n, cancellationToken).ConfigureAwait(false)) return null;
            db.MeetingDecisions.Add(new MeetingDecisionRow { MeetingId = meetingId, ItemNumber = decision.Item, Text = text, ProposedBy = Clean(decision.ProposedBy), Outcome = outcome.ToString() });
            return $"decision {outcome}: {text}";
        }, cancellationToken, $"The meeting has no item {decision.Item}.").ConfigureAwait(false);
    }

    public async Task<PlanChange> AddActionAsync(PlanUser by, long meetingId, NewMeetingAction action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(action);
        var errors = new List<string>();
        var text = (action.Action ?? "").Trim();
        var owner = (action.Owner ?? "").Trim();
        if (text.Length == 0) errors.Add("Say what the action is.");
        if (owner.Length == 0) errors.Add("Give the action's owner (a person in their role, or an agency).");
        Check(errors, text, "The action", TextLength);
        Check(errors, owner, "The owner", NameLength);
        return await ChangeAsync(by, meetingId, errors, async (db, meeting) =>
        {
            if (action.Item is { } n && !await db.MeetingItems.AnyAsync(i => i.MeetingId == meetingId && i.Number == n, cancellationToken).ConfigureAwait(false)) return null;
            if (action.DueOn is { } due && due < meeting.HeldOn) return null;
            var number = await db.MeetingActions.Where(a => a.MeetingId == meetingId).Select(a => (int?)a.Number).MaxAsync(cancellationToken).ConfigureAwait(false) ?? 0;
            db.MeetingActions.Add(new MeetingActionRow
            {
                MeetingId = meetingId, Number = number + 1, ItemNumber = action.Item, Action = text, Owner = owner, DueOn = action.DueOn, Status = nameof(ActionStatus.NotStarted),
                UpdatedAt = clock.GetUtcNow(), UpdatedBy = by.UserName,
            });
            return $"action A{number + 1} for {owner}: {text}";
        }, cancellationToken, action.Item is { } item ? $"The meeting has no item {item}, or the action is due before the meeting." : "The action is due before the meeting.").ConfigureAwait(false);
    }

    /// <summary>An action's progress after the meeting: its status and the latest word on it (audited with the status before and after).</summary>
    public async Task<PlanChange> UpdateActionAsync(PlanUser by, long actionId, string? status, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts record the progress of a meeting's actions.");
        var errors = new List<string>();
        if (!PlanWords.TryStatus(status, out var chosen) || string.IsNullOrWhiteSpace(status)) errors.Add("Give the action's status: " + PlanWords.ExpectedStatus + ".");
        Check(errors, note, "The note", TextLength);
        if (errors.Count > 0) return PlanChange.Refused([.. errors]);
        await using var db = database.CreateContext();
        var row = await db.MeetingActions.FirstOrDefaultAsync(a => a.Id == actionId, cancellationToken).ConfigureAwait(false);
        if (row is null) return new PlanChange(false, 0, ["No such action."], true);
        var before = row.Status;
        var now = clock.GetUtcNow();
        row.Status = chosen.ToString();
        row.Note = Clean(note) ?? row.Note;
        row.UpdatedAt = now;
        row.UpdatedBy = by.UserName;
        Audit(db, by, row.MeetingId, $"action A{row.Number}: {before} -> {row.Status}" + (Clean(note) is { } n ? ": " + n : ""), now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(row.MeetingId);
    }

    /// <summary>Takes a person, item, decision or action off a meeting's record (a mistake corrected; audited with what it said).</summary>
    public async Task<PlanChange> RemoveAsync(PlanUser by, long meetingId, string? part, long partId, CancellationToken cancellationToken) =>
        await ChangeAsync(by, meetingId, [], async (db, meeting) =>
        {
            switch (part)
            {
                case "attendee" when await db.MeetingAttendees.FirstOrDefaultAsync(a => a.Id == partId && a.MeetingId == meetingId, cancellationToken).ConfigureAwait(false) is { } a:
                    db.MeetingAttendees.Remove(a);
                    return $"{a.Name} taken off the list";
                case "item" when await db.MeetingItems.FirstOrDefaultAsync(i => i.Id == partId && i.MeetingId == meetingId, cancellationToken).ConfigureAwait(false) is { } i:
                    db.MeetingItems.Remove(i);
                    return $"item {i.Number} {i.Title} removed";
                case "decision" when await db.MeetingDecisions.FirstOrDefaultAsync(d => d.Id == partId && d.MeetingId == meetingId, cancellationToken).ConfigureAwait(false) is { } d:
                    db.MeetingDecisions.Remove(d);
                    return $"decision removed: {d.Text}";
                case "action" when await db.MeetingActions.FirstOrDefaultAsync(x => x.Id == partId && x.MeetingId == meetingId, cancellationToken).ConfigureAwait(false) is { } x:
                    db.MeetingActions.Remove(x);
                    return $"action A{x.Number} removed: {x.Action}";
                default:
                    return null;
            }
        }, cancellationToken, "Nothing to remove: it is not on this meeting.").ConfigureAwait(false);

    /// <summary>The meeting's minutes rendered to <paramref name="format"/>; null when there is no such meeting.</summary>
    public async Task<ReportFile?> MinutesAsync(long id, ReportFormat format, CancellationToken cancellationToken)
    {
        var warming = renderers.WarmUpAsync(format, cancellationToken);
        var view = await GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (view is null)
        {
            await warming.ConfigureAwait(false);
            return null;
        }
        var document = Minutes.Build(view.Meeting, view.MattersArising, view.Priorities, DateOnly.FromDateTime(clock.GetLocalNow().Date));
        await warming.ConfigureAwait(false);
        var renderer = renderers.For(format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var slug = new string(view.Meeting.Group.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        while (slug.Contains("--", StringComparison.Ordinal)) slug = slug.Replace("--", "-", StringComparison.Ordinal);
        var name = $"minutes-{slug}-{view.Meeting.HeldOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{renderer.Extension}";
        return new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label, document.Sections.Count, document.Tables().Count(), 0);
    }

    /// <summary>
    /// The meeting of a group (by name or alias) on a date, made when none is held yet: a decision on priorities is recorded
    /// against the meeting that took it. Null when the group is not one of the structure's (the decision then stands alone).
    /// </summary>
    internal static async Task<long?> FindOrCreateAsync(CspDbContext db, string group, DateOnly on, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var groups = await GroupsAsync(db, cancellationToken).ConfigureAwait(false);
        if (groups.Structure.Find(group) is not { } found) return null;
        var groupId = groups.Ids[found.Name];
        var held = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.GroupId == groupId && m.HeldOn == on, cancellationToken).ConfigureAwait(false);
        if (held is not null) return held.Id;
        var row = db.Meetings.Add(new MeetingRow { GroupId = groupId, HeldOn = on, RecordedBy = by, RecordedAt = now }).Entity;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return row.Id;
    }

    private async Task<PlanChange> ChangeAsync(PlanUser by, long meetingId, List<string> errors, Func<CspDbContext, MeetingRow, Task<string?>> change, CancellationToken cancellationToken,
        string? refusal = null)
    {
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts record meetings.");
        await using var db = database.CreateContext();
        var meeting = await db.Meetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == meetingId, cancellationToken).ConfigureAwait(false);
        if (meeting is null) return NoMeeting;
        if (errors.Count > 0) return PlanChange.Refused([.. errors]);
        var what = await change(db, meeting).ConfigureAwait(false);
        if (what is null) return PlanChange.Refused(refusal ?? "The change cannot be made.");
        var now = clock.GetUtcNow();
        Audit(db, by, meetingId, what, now);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(meetingId);
    }

    private static void Audit(CspDbContext db, PlanUser by, long meetingId, string detail, DateTimeOffset now) => db.AuditLog.Add(new AuditEntryRow
    {
        At = now, UserName = by.UserName, Action = AuditActions.MeetingChanged, Address = by.Address, Target = $"meeting {meetingId.ToString(CultureInfo.InvariantCulture)}",
        Detail = detail.Length > 2000 ? detail[..2000] : detail,
    });

    private static bool IsOutstanding(string status) => status is nameof(ActionStatus.NotStarted) or nameof(ActionStatus.InProgress);

    private static void Check(List<string> errors, string? text, string what, int length)
    {
        if ((text?.Trim().Length ?? 0) > length) errors.Add($"{what} is at most {length.ToString("N0", EnGb)} characters.");
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A work e-mail address or a telephone number (digits, spaces, +, brackets, hyphens; at least 6 digits).</summary>
    private static bool IsWorkContact(string text) =>
        (text.Count(c => c == '@') == 1 && text.IndexOf('@', StringComparison.Ordinal) > 0 && text.LastIndexOf('.') > text.IndexOf('@', StringComparison.Ordinal) && !text.Any(char.IsWhiteSpace))
        || (text.All(c => char.IsAsciiDigit(c) || c is ' ' or '+' or '(' or ')' or '-') && text.Count(char.IsAsciiDigit) >= 6);
}
