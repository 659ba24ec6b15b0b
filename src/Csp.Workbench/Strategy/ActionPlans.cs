using Csp.Core.Strategy;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Strategy;

/// <summary>
/// The action plan as each user works it: administrators and analysts see and update every row; members and councillors
/// read every row; partner and case officers see and update only the rows coordinated by a group they sit on (any other
/// row does not exist for them: not found). Every update is kept (the row's history) and audited, and so is every refused
/// attempt.
/// </summary>
public sealed partial class ActionPlans(CspDatabase database, TimeProvider clock)
{
    /// <summary>The longest progress note kept.</summary>
    public const int NoteLength = 4000;

    /// <summary>The plan of a version (the current one when <paramref name="strategyId"/> is null) as the user may see it; null when no strategy is held.</summary>
    public async Task<ActionPlanView?> ListAsync(PlanUser user, long? strategyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = database.CreateContext();
        if (await PlanRows.CurrentAsync(db, strategyId, cancellationToken).ConfigureAwait(false) is not { } strategy) return null;
        var items = await PlanRows.ItemsAsync(db, strategy.Id, cancellationToken).ConfigureAwait(false);
        var (mine, myNames) = await MyGroupsAsync(db, user, cancellationToken).ConfigureAwait(false);
        var rows = items.Where(i => user.ReadsWholePlan || i.GroupIds.Any(mine.Contains))
            .Select(i => new ActionPlanRow(i.Row.Id, i.Item, i.Last, user.ManagesPlan || i.GroupIds.Any(mine.Contains))).ToList();
        var quarter = ReportingQuarter.Of(DateOnly.FromDateTime(clock.GetLocalNow().Date));
        var notUpdated = rows.Where(r => r.MayUpdate && r.Item.IsOpen && (r.LastUpdate is null || r.LastUpdate.Quarter < quarter)).ToList();
        return new ActionPlanView(strategy.Id, Title(strategy), rows, myNames, user.ReadsWholePlan, quarter, notUpdated, items.Count, user.ManagesPlan);
    }

    /// <summary>A row with its history, or null when there is no such row or the user may not see it.</summary>
    public async Task<ActionPlanDetail?> GetAsync(PlanUser user, long id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var db = database.CreateContext();
        var row = await db.ActionPlanItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null) return null;
        var groupIds = await db.ActionPlanGroups.AsNoTracking().Where(l => l.ItemId == id).Select(l => l.GroupId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var (mine, _) = await MyGroupsAsync(db, user, cancellationToken).ConfigureAwait(false);
        var mayUpdate = user.ManagesPlan || groupIds.Any(mine.Contains);
        if (!user.ReadsWholePlan && !mayUpdate)
        {
            await RefuseAsync(db, user, row, "read", cancellationToken).ConfigureAwait(false);
            return null;
        }
        var names = await db.PartnershipGroups.AsNoTracking().Where(g => groupIds.Contains(g.Id)).Select(g => g.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var history = (await db.ActionPlanUpdates.AsNoTracking().Where(u => u.ItemId == id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderByDescending(u => u.Id).Select(PlanRows.Update).ToList();
        var strategy = await db.Strategies.AsNoTracking().FirstAsync(s => s.Id == row.StrategyId, cancellationToken).ConfigureAwait(false);
        var item = PlanRows.Item(row, names.Order(StringComparer.Ordinal).ToList());
        var changes = (await db.ActionPlanChanges.AsNoTracking().Where(c => c.ItemId == id).ToListAsync(cancellationToken).ConfigureAwait(false))
            .OrderByDescending(c => c.Id).Select(c => new ActionRowChange(c.Field, c.Before, c.After, c.ByUser, c.At)).ToList();
        return new ActionPlanDetail(new ActionPlanRow(row.Id, item, history.FirstOrDefault(), mayUpdate), Title(strategy), history, changes, user.ManagesPlan, row.StrategyId);
    }

    /// <summary>A quarterly update of a row by a member of one of its groups (or an administrator or analyst): kept, the row's status and RAG set, audited.</summary>
    public async Task<PlanChange> UpdateAsync(PlanUser user, long id, ActionUpdate update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(update);
        await using var db = database.CreateContext();
        var row = await db.ActionPlanItems.FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null) return PlanChange.Missing;
        var groupIds = await db.ActionPlanGroups.AsNoTracking().Where(l => l.ItemId == id).Select(l => l.GroupId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var (mine, _) = await MyGroupsAsync(db, user, cancellationToken).ConfigureAwait(false);
        if (!user.ManagesPlan && !groupIds.Any(mine.Contains))
        {
            await RefuseAsync(db, user, row, "update", cancellationToken).ConfigureAwait(false);
            // A member reads the row but may not change it; an officer of another group does not see it at all.
            return user.ReadsWholePlan ? PlanChange.Refused("Members and councillors read the action plan; its delivery groups update it.") : PlanChange.Missing;
        }
        var errors = new List<string>();
        if (!ReportingQuarter.TryParse(update.Quarter, out var quarter)) errors.Add($"The quarter '{update.Quarter}' is not yyyy-Qn (e.g. 2025-Q3).");
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        if (errors.Count == 0 && quarter > ReportingQuarter.Of(today)) errors.Add($"The quarter {quarter} has not begun: an update reports on a quarter that has.");
        var note = (update.Note ?? "").Trim();
        if (note.Length == 0) errors.Add("Say what was done this quarter (the progress note).");
        if (note.Length > NoteLength) errors.Add($"The progress note is {note.Length:N0} characters; at most {NoteLength:N0} are kept.");
        if (!PlanWords.TryStatus(update.Status, out var status)) errors.Add($"'{update.Status}' is not a status; expected {PlanWords.ExpectedStatus}.");
        if (!PlanWords.TryRag(update.Rag, out var rag)) errors.Add($"'{update.Rag}' is not a RAG rating; expected {PlanWords.ExpectedRag}.");
        else if (rag == Rag.NotRated && status is ActionStatus.InProgress or ActionStatus.NotStarted) errors.Add("Give the RAG rating: green, amber or red.");
        if (errors.Count > 0) return PlanChange.Refused([.. errors]);
        var now = clock.GetUtcNow();
        var before = $"{row.Status}/{row.Rag}";
        db.ActionPlanUpdates.Add(new ActionPlanUpdateRow
        {
            ItemId = id, Quarter = quarter.ToString(), Note = note, Status = status.ToString(), Rag = rag.ToString(), ByUser = user.UserName, At = now,
        });
        row.Status = status.ToString();
        row.Rag = rag.ToString();
        row.UpdatedAt = now;
        row.UpdatedBy = user.UserName;
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = user.UserName, Action = AuditActions.ActionPlanUpdated, Address = user.Address, Target = $"action {row.Ref} (id {row.Id})",
            Detail = $"{quarter}: {before} -> {row.Status}/{row.Rag}", Record = $"action {row.Ref}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(id);
    }

    private async Task RefuseAsync(CspDbContext db, PlanUser user, ActionPlanItemRow row, string what, CancellationToken cancellationToken) =>
        await RefuseAsync(db, user, row, what, "not a member of its delivery groups", cancellationToken).ConfigureAwait(false);

    private async Task RefuseAsync(CspDbContext db, PlanUser user, ActionPlanItemRow row, string what, string reason, CancellationToken cancellationToken)
    {
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(), UserName = user.UserName, Action = AuditActions.ActionPlanRefused, Address = user.Address, Target = $"action {row.Ref} (id {row.Id})",
            Detail = $"{what}: {reason}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(HashSet<long> Ids, IReadOnlyList<string> Names)> MyGroupsAsync(CspDbContext db, PlanUser user, CancellationToken cancellationToken)
    {
        var mine = await db.GroupMembers.AsNoTracking().Where(m => m.UserName == user.UserName)
            .Join(db.PartnershipGroups.AsNoTracking(), m => m.GroupId, g => g.Id, (m, g) => new { g.Id, g.Name }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return (mine.Select(m => m.Id).ToHashSet(), mine.Select(m => m.Name).Order(StringComparer.Ordinal).ToList());
    }
}
