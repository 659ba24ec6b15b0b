using System.Globalization;
using Csp.Core.Periods;
using Csp.Core.Taskings;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Assessment;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Briefing;

/// <summary>
/// Tasking: raise, assign, update, refer, record a response, close. Whoever raises an issue keeps ownership of it (the
/// seeds' Tasking and Coordination Group): the raiser and their agency never change, the task may be given to an officer
/// or another agency, and only the raiser's agency (or an analyst) closes it. A partner sees the tasks their agency raised,
/// owns or was referred. Every change is kept in the task's history and in the audit log.
/// </summary>
public sealed class Taskings(CspDatabase database, TimeProvider clock, AuditTrail audit)
{
    public async Task<TaskingOutcome> RaiseAsync(TaskingDraft draft, BriefingViewer viewer, long? briefingId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(viewer);
        if (string.IsNullOrWhiteSpace(draft.What)) return TaskingOutcome.Refused(AnswerKind.BadRequest, "Say what is to be done.");
        var today = Today;
        if (draft.Due < today) return TaskingOutcome.Refused(AnswerKind.BadRequest, $"The due day {draft.Due:yyyy-MM-dd} is before today ({today:yyyy-MM-dd}).");
        var owner = string.IsNullOrWhiteSpace(draft.OwnerAgency) ? viewer.Agency : draft.OwnerAgency.Trim();
        await using var db = database.CreateContext();
        if (!string.Equals(owner, viewer.Agency, StringComparison.OrdinalIgnoreCase) && !await db.Agencies.AnyAsync(a => a.Name == owner, cancellationToken).ConfigureAwait(false))
        {
            var names = await db.Agencies.OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
            return TaskingOutcome.Refused(AnswerKind.BadRequest, $"No agency is called '{owner}': choose one of {string.Join(", ", names)}.");
        }
        var now = clock.GetUtcNow();
        var prefix = string.Create(CultureInfo.InvariantCulture, $"T-{today.Year}-");
        var taken = await db.Taskings.CountAsync(t => t.Reference.StartsWith(prefix), cancellationToken).ConfigureAwait(false);
        var row = new TaskingRow
        {
            Reference = prefix + (taken + 1).ToString("0000", CultureInfo.InvariantCulture),
            What = draft.What.Trim(),
            WhereText = Blank(draft.Where),
            AreaCode = Blank(draft.AreaCode),
            RaisedBy = viewer.UserName,
            RaisedByAgency = viewer.Agency,
            OwnerAgency = owner,
            OwnerOfficer = Blank(draft.OwnerOfficer),
            RaisedOn = today,
            DueOn = draft.Due,
            Status = nameof(TaskingStatus.Open),
            RelatedIncidents = draft.RelatedIncidents is { Count: > 0 } ids ? string.Join(",", ids.Select(i => i.Trim()).Where(i => i.Length > 0)) : null,
            CaseReference = Blank(draft.CaseReference),
            BriefingId = briefingId,
            UpdatedAt = now,
        };
        db.Taskings.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var detail = $"for {owner}{(row.OwnerOfficer is { } o ? " (" + o + ")" : "")}, due {row.DueOn:yyyy-MM-dd}: {row.What}";
        await HistoryAsync(db, row, viewer, "raised", detail, now, cancellationToken).ConfigureAwait(false);
        return TaskingOutcome.Done(await ViewAsync(db, row, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Gives the task to an officer and/or another agency. The raiser keeps ownership (it is still theirs to close).</summary>
    public Task<TaskingOutcome> AssignAsync(string reference, string? agency, string? officer, BriefingViewer viewer, CancellationToken cancellationToken) =>
        ChangeAsync(reference, viewer, false, async (db, row) =>
        {
            if (agency is null && officer is null) return "Give the agency or the officer to assign it to.";
            if (!string.IsNullOrWhiteSpace(agency))
            {
                var name = agency.Trim();
                if (!await db.Agencies.AnyAsync(a => a.Name == name, cancellationToken).ConfigureAwait(false)) return $"No agency is called '{name}'.";
                row.OwnerAgency = name;
            }
            if (officer is not null) row.OwnerOfficer = Blank(officer);
            return null;
        }, row => ("assigned", $"to {row.OwnerAgency}{(row.OwnerOfficer is { } o ? " (" + o + ")" : "")}"), cancellationToken);

    /// <summary>Progress: a note, a new status (open or in progress) or a new due day.</summary>
    public Task<TaskingOutcome> UpdateAsync(string reference, TaskingStatus? status, DateOnly? due, string? note, BriefingViewer viewer, CancellationToken cancellationToken) =>
        ChangeAsync(reference, viewer, false, (_, row) =>
        {
            if (status is TaskingStatus.Completed or TaskingStatus.Closed) return Task.FromResult<string?>("Close a task with close (only the agency that raised it may).");
            if (status is null && due is null && string.IsNullOrWhiteSpace(note)) return Task.FromResult<string?>("Give a status, a due day or a note.");
            if (status is { } s) row.Status = s.ToString();
            if (due is { } d) row.DueOn = d;
            return Task.FromResult<string?>(null);
        }, row => ("updated", string.Join("; ", new[]
        {
            status is null ? null : "status " + row.Status, due is null ? null : $"due {row.DueOn:yyyy-MM-dd}", string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        }.OfType<string>())), cancellationToken);

    /// <summary>Refers the matter to another service; its agency then sees the task.</summary>
    public async Task<TaskingOutcome> ReferAsync(string reference, string service, BriefingViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (string.IsNullOrWhiteSpace(service)) return TaskingOutcome.Refused(AnswerKind.BadRequest, "Name the service referred to.");
        return await ChangeAsync(reference, viewer, false, (db, row) =>
        {
            db.Referrals.Add(new ReferralRow { TaskingId = row.Id, Service = service.Trim(), MadeOn = Today, MadeBy = viewer.UserName });
            return Task.FromResult<string?>(null);
        }, _ => ("referred", "to " + service.Trim()), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records the response of the service the task was last referred to.</summary>
    public Task<TaskingOutcome> RespondAsync(string reference, string response, BriefingViewer viewer, CancellationToken cancellationToken) =>
        ChangeAsync(reference, viewer, false, async (db, row) =>
        {
            if (string.IsNullOrWhiteSpace(response)) return "Give the service's response.";
            var referral = await db.Referrals.Where(r => r.TaskingId == row.Id).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
            if (referral is null) return $"{row.Reference} has not been referred to any service.";
            referral.Response = response.Trim();
            referral.RespondedOn = Today;
            return null;
        }, _ => ("response", response.Trim()), cancellationToken);

    /// <summary>Closes the task: completed (done) or closed (not done: the outcome says why). Only the raiser's agency, or an analyst.</summary>
    public Task<TaskingOutcome> CloseAsync(string reference, bool completed, string outcome, BriefingViewer viewer, CancellationToken cancellationToken) =>
        ChangeAsync(reference, viewer, true, (_, row) =>
        {
            if (string.IsNullOrWhiteSpace(outcome)) return Task.FromResult<string?>("Record the outcome: what was done, or why it was closed without being done.");
            if (row.Status is nameof(TaskingStatus.Completed) or nameof(TaskingStatus.Closed)) return Task.FromResult<string?>($"{row.Reference} is already {row.Status.ToLowerInvariant()}.");
            row.Status = completed ? nameof(TaskingStatus.Completed) : nameof(TaskingStatus.Closed);
            row.Outcome = outcome.Trim();
            return Task.FromResult<string?>(null);
        }, row => (completed ? "completed" : "closed", row.Outcome), cancellationToken);

    /// <summary>The tasks the viewer sees, overdue first then by due day; <paramref name="openOnly"/> leaves out completed and closed ones.</summary>
    public async Task<IReadOnlyList<TaskingView>> ListAsync(BriefingViewer viewer, bool openOnly, string? areaCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = database.CreateContext();
        var query = db.Taskings.AsNoTracking();
        if (openOnly) query = query.Where(t => t.Status == nameof(TaskingStatus.Open) || t.Status == nameof(TaskingStatus.InProgress));
        if (areaCode is not null) query = query.Where(t => t.AreaCode == areaCode);
        var rows = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = await ViewsAsync(db, rows, cancellationToken).ConfigureAwait(false);
        var today = Today;
        return views.Where(viewer.Sees).OrderByDescending(t => t.IsOverdueOn(today)).ThenBy(t => t.Due).ThenBy(t => t.Reference, StringComparer.Ordinal).ToList();
    }

    /// <summary>One task with its referrals and history, audited as a view; NotFound also when the viewer may not see it (no hint that it exists).</summary>
    public async Task<TaskingOutcome> GetAsync(string reference, BriefingViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = database.CreateContext();
        var row = await db.Taskings.AsNoTracking().FirstOrDefaultAsync(t => t.Reference == reference, cancellationToken).ConfigureAwait(false);
        if (row is null) return TaskingOutcome.Refused(AnswerKind.NotFound, $"There is no task {reference}.");
        var view = await ViewAsync(db, row, cancellationToken).ConfigureAwait(false);
        if (!viewer.Sees(view)) return TaskingOutcome.Refused(AnswerKind.NotFound, $"There is no task {reference}.");
        return TaskingOutcome.Done(view);
    }

    /// <summary>The agencies a task may be given to.</summary>
    public async Task<IReadOnlyList<string>> AgenciesAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.Agencies.AsNoTracking().OrderBy(a => a.Name).Select(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    private DateOnly Today => DateOnly.FromDateTime(UkTime.Now(clock));

    private async Task<TaskingOutcome> ChangeAsync(string reference, BriefingViewer viewer, bool closing, Func<Storage.CspDbContext, TaskingRow, Task<string?>> apply,
        Func<TaskingRow, (string Change, string? Detail)> describe, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        await using var db = database.CreateContext();
        var row = await db.Taskings.FirstOrDefaultAsync(t => t.Reference == reference, cancellationToken).ConfigureAwait(false);
        if (row is null) return TaskingOutcome.Refused(AnswerKind.NotFound, $"There is no task {reference}.");
        var before = await ViewAsync(db, row, cancellationToken).ConfigureAwait(false);
        if (!viewer.Sees(before)) return TaskingOutcome.Refused(AnswerKind.NotFound, $"There is no task {reference}.");
        if (closing && !viewer.MayClose(before))
        {
            return TaskingOutcome.Refused(AnswerKind.Forbidden, $"{reference} was raised by {before.RaisedByAgency}, who keep ownership of it: only they (or an analyst) may close it. Record progress with update.");
        }
        if (!closing && !before.IsOpen) return TaskingOutcome.Refused(AnswerKind.BadRequest, $"{reference} is {before.Status.ToString().ToLowerInvariant()}: it can no longer be changed.");
        if (await apply(db, row).ConfigureAwait(false) is { } problem) return TaskingOutcome.Refused(AnswerKind.BadRequest, problem);
        var now = clock.GetUtcNow();
        row.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        var (change, detail) = describe(row);
        await HistoryAsync(db, row, viewer, change, detail, now, cancellationToken).ConfigureAwait(false);
        return TaskingOutcome.Done(await ViewAsync(db, row, cancellationToken).ConfigureAwait(false));
    }

    private async Task HistoryAsync(Storage.CspDbContext db, TaskingRow row, BriefingViewer viewer, string change, string? detail, DateTimeOffset at, CancellationToken cancellationToken)
    {
        db.TaskingHistory.Add(new TaskingHistoryRow { TaskingId = row.Id, At = at, UserName = viewer.UserName, Change = change, Detail = detail });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(new Actor(viewer.UserName, viewer.Address), AuditActions.Tasking, null, row.Reference, $"{change}: {detail}", cancellationToken).ConfigureAwait(false);
    }

    private static async Task<TaskingView> ViewAsync(Storage.CspDbContext db, TaskingRow row, CancellationToken cancellationToken) =>
        (await ViewsAsync(db, [row], cancellationToken).ConfigureAwait(false))[0];

    private static async Task<List<TaskingView>> ViewsAsync(Storage.CspDbContext db, List<TaskingRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var referrals = (await db.Referrals.AsNoTracking().Where(r => ids.Contains(r.TaskingId)).OrderBy(r => r.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(r => r.TaskingId);
        var history = (await db.TaskingHistory.AsNoTracking().Where(h => ids.Contains(h.TaskingId)).OrderBy(h => h.Id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(h => h.TaskingId);
        return rows.Select(r => new TaskingView(r.Reference, r.What, r.WhereText, r.AreaCode, r.RaisedBy, r.RaisedByAgency, r.OwnerAgency, r.OwnerOfficer, r.RaisedOn, r.DueOn,
            Enum.Parse<TaskingStatus>(r.Status), r.Outcome, r.RelatedIncidents?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [], r.CaseReference,
            referrals[r.Id].Select(x => new ReferralView(x.Service, x.MadeOn, x.MadeBy, x.Response, x.RespondedOn)).ToList(),
            history[r.Id].Select(h => new TaskingChange(h.At, h.UserName, h.Change, h.Detail)).ToList())).ToList();
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
