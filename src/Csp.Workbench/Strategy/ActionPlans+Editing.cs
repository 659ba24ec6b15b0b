using System.Globalization;
using Csp.Core.Strategy;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Strategy;

/// <summary>
/// Editing the plan in the web app: administrators and analysts change a row's fields and add rows under a theme. Partner
/// and case officers keep only the quarterly update of their groups' rows, and members read; both are refused here, not
/// only by the page (audited as <see cref="AuditActions.ActionPlanRefused"/>). Each field changed is kept with its value
/// before and after (action_plan_changes, 0024) and audited (<see cref="AuditActions.ActionRowChanged"/>,
/// <see cref="AuditActions.ActionRowAdded"/>).
/// </summary>
public sealed partial class ActionPlans
{
    /// <summary>The longest action text kept (seed 004's longest is under 300 characters).</summary>
    public const int ActionLength = 2000;

    /// <summary>The longest owner agency, lead or priority kept.</summary>
    public const int NameLength = 200;

    private const string ManagersOnly = "Administrators and analysts change and add action plan rows; delivery groups give their rows' quarterly updates.";

    /// <summary>What the edit and add forms offer for a version (the current one when null); null when no strategy is held or the user may not edit.</summary>
    public async Task<ActionPlanChoices?> ChoicesAsync(PlanUser user, long? strategyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!user.ManagesPlan) return null;
        await using var db = database.CreateContext();
        if (await PlanRows.CurrentAsync(db, strategyId, cancellationToken).ConfigureAwait(false) is not { } strategy) return null;
        return await ChoicesAsync(db, strategy, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<ActionPlanChoices> ChoicesAsync(CspDbContext db, StrategyRow strategy, CancellationToken cancellationToken)
    {
        var groups = await db.PartnershipGroups.AsNoTracking().Select(g => g.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var agencies = await db.Agencies.AsNoTracking().Select(a => a.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.ActionPlanItems.AsNoTracking().Where(i => i.StrategyId == strategy.Id)
            .Select(i => new { i.ThemeNumber, i.ActionNumber, i.Theme, i.Priorities }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var sections = await db.StrategySections.AsNoTracking().Where(s => s.StrategyId == strategy.Id && (s.Section == "title" || s.Section == "priority"))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // The plan's own priorities first (as its rows write them), then the strategy's that no row names yet.
        var priorities = new List<string>();
        foreach (var p in rows.SelectMany(r => PlanRows.Split(r.Priorities)).Concat(sections.Where(s => s.Section == "priority").OrderBy(s => s.Theme).ThenBy(s => s.Position).Select(s => s.Text)))
        {
            if (!priorities.Contains(p, StringComparer.OrdinalIgnoreCase)) priorities.Add(p);
        }
        // A theme is the plan's (its rows' heading) or the strategy's (a theme with no row yet).
        var themes = rows.Select(r => r.ThemeNumber).Concat(sections.Where(s => s.Section == "title" && s.Theme > 0).Select(s => s.Theme)).Distinct().Order()
            .Select(t => new PlanTheme(t, rows.FirstOrDefault(r => r.ThemeNumber == t)?.Theme ?? sections.First(s => s.Theme == t && s.Section == "title").Text,
                new ActionRef(t, rows.Where(r => r.ThemeNumber == t).Select(r => r.ActionNumber).DefaultIfEmpty(0).Max() + 1)))
            .ToList();
        return new ActionPlanChoices(strategy.Id, Title(strategy), groups.Order(StringComparer.Ordinal).ToList(), priorities.Order(StringComparer.OrdinalIgnoreCase).ToList(),
            agencies.Order(StringComparer.Ordinal).ToList(), themes);
    }

    /// <summary>Changes a row's fields (administrators and analysts): each field changed kept in the row's history and audited; nothing changed, nothing recorded.</summary>
    public async Task<PlanChange> ChangeAsync(PlanUser user, long id, ActionRowEdit edit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(edit);
        await using var db = database.CreateContext();
        var row = await db.ActionPlanItems.FirstOrDefaultAsync(i => i.Id == id, cancellationToken).ConfigureAwait(false);
        if (row is null) return PlanChange.Missing;
        if (!user.ManagesPlan)
        {
            var groupIds = await db.ActionPlanGroups.AsNoTracking().Where(l => l.ItemId == id).Select(l => l.GroupId).ToListAsync(cancellationToken).ConfigureAwait(false);
            var (mine, _) = await MyGroupsAsync(db, user, cancellationToken).ConfigureAwait(false);
            await RefuseAsync(db, user, row, "change", ManagersOnly, cancellationToken).ConfigureAwait(false);
            // An officer of another group does not see the row at all; its own groups' officers and members read it.
            return user.ReadsWholePlan || groupIds.Any(mine.Contains) ? PlanChange.Denied(ManagersOnly) : PlanChange.Missing;
        }
        var errors = new List<FieldError>();
        var structure = await StructureAsync(db, cancellationToken).ConfigureAwait(false);
        var values = Check(edit, structure, errors);
        if (errors.Count > 0) return PlanChange.Invalid(errors);

        var heldIds = await db.ActionPlanGroups.Where(l => l.ItemId == id).Select(l => l.GroupId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await db.PartnershipGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken).ConfigureAwait(false);
        var before = Values.Of(row, heldIds.Select(g => names.GetValueOrDefault(g) ?? "").ToList());
        var changes = before.Differences(values!);
        if (changes.Count == 0) return PlanChange.Ok(id);

        var now = clock.GetUtcNow();
        row.Action = values!.Action;
        row.Priorities = string.Join("; ", values.Priorities);
        row.OwnerAgency = values.Owner;
        row.Lead = values.Lead;
        row.StartOn = values.Start;
        row.DueOn = values.Due;
        row.Status = values.Status.ToString();
        row.Rag = values.Rag.ToString();
        row.UpdatedAt = now;
        row.UpdatedBy = user.UserName;
        if (changes.Any(c => c.Field == ActionRowFields.Groups))
        {
            await db.ActionPlanGroups.Where(l => l.ItemId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            var ids = names.Where(n => values.Groups.Contains(n.Value, StringComparer.Ordinal)).Select(n => n.Key);
            db.ActionPlanGroups.AddRange(ids.Select(g => new ActionPlanGroupRow { ItemId = id, GroupId = g }));
        }
        db.ActionPlanChanges.AddRange(changes.Select(c => new ActionPlanChangeRow { ItemId = id, Field = c.Field, Before = c.Before, After = c.After, ByUser = user.UserName, At = now }));
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = user.UserName, Action = AuditActions.ActionRowChanged, Address = user.Address, Target = $"action {row.Ref} (id {row.Id})",
            Detail = string.Join("; ", changes.Select(c => $"{c.Field}: {Short(c.Before)} -> {Short(c.After)}")), Record = $"action {row.Ref}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(id);
    }

    /// <summary>
    /// Adds a row under a theme of a version's plan (the current one when <paramref name="strategyId"/> is null): its ref the
    /// next number in the theme (1.17 after 1.16), or the one given when no row has it. Kept in the row's history and audited.
    /// </summary>
    public async Task<PlanChange> AddAsync(PlanUser user, long? strategyId, NewActionRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(row);
        await using var db = database.CreateContext();
        if (!user.ManagesPlan)
        {
            db.AuditLog.Add(new AuditEntryRow
            {
                At = clock.GetUtcNow(), UserName = user.UserName, Action = AuditActions.ActionPlanRefused, Address = user.Address, Target = $"theme {row.Theme}",
                Detail = $"add: {ManagersOnly}",
            });
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            return PlanChange.Denied(ManagersOnly);
        }
        if (await PlanRows.CurrentAsync(db, strategyId, cancellationToken).ConfigureAwait(false) is not { } strategy) return PlanChange.Refused("No strategy is held, so there is no action plan to add to.");
        var choices = await ChoicesAsync(db, strategy, cancellationToken).ConfigureAwait(false);
        var errors = new List<FieldError>();
        var theme = choices.Themes.FirstOrDefault(t => t.Number == row.Theme);
        if (theme is null)
        {
            errors.Add(new FieldError(ActionRowFields.Theme, ActionRowFields.Label(ActionRowFields.Theme),
                $"the plan has no theme {row.Theme}; choose one of {string.Join(", ", choices.Themes.Select(t => t.Number.ToString(CultureInfo.InvariantCulture)))}."));
        }
        var reference = theme?.NextRef ?? default;
        var givenRef = (row.Ref ?? "").Trim();
        if (givenRef.Length > 0)
        {
            if (!ActionRef.TryParse(givenRef, out var given))
            {
                errors.Add(new FieldError(ActionRowFields.Ref, ActionRowFields.Label(ActionRowFields.Ref),
                    $"'{givenRef}' is not a ref as the plan numbers them: the theme's number, a full stop, the action's number (1.18); leave it empty for the next."));
            }
            else if (theme is not null && given.Theme != theme.Number)
            {
                errors.Add(new FieldError(ActionRowFields.Ref, ActionRowFields.Label(ActionRowFields.Ref), $"{given} is not in theme {theme.Number}: its refs begin {theme.Number}."));
            }
            else
            {
                var text = given.ToString();
                if (await db.ActionPlanItems.AsNoTracking().FirstOrDefaultAsync(i => i.StrategyId == strategy.Id && i.Ref == text, cancellationToken).ConfigureAwait(false) is { } taken)
                {
                    errors.Add(new FieldError(ActionRowFields.Ref, ActionRowFields.Label(ActionRowFields.Ref),
                        $"{given} is already an action of this plan ({Short(taken.Action)}); leave it empty for the next, {reference}."));
                }
                reference = given;
            }
        }
        var structure = await StructureAsync(db, cancellationToken).ConfigureAwait(false);
        var values = Check(row.Fields, structure, errors);
        if (errors.Count > 0) return PlanChange.Invalid(errors);

        var now = clock.GetUtcNow();
        var item = db.ActionPlanItems.Add(new ActionPlanItemRow
        {
            StrategyId = strategy.Id, Ref = reference.ToString(), ThemeNumber = reference.Theme, ActionNumber = reference.Number, Theme = theme!.Title, Action = values!.Action,
            Priorities = string.Join("; ", values.Priorities), OwnerAgency = values.Owner, Lead = values.Lead, StartOn = values.Start, DueOn = values.Due,
            Status = values.Status.ToString(), Rag = values.Rag.ToString(), UpdatedAt = now, UpdatedBy = user.UserName,
        }).Entity;
        try
        {
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Someone else added the same ref between the check and the save (the table's unique key stopped it); any other failure is not ours to word.
            if (!await RefTakenAsync(strategy.Id, item.Ref, cancellationToken).ConfigureAwait(false)) throw;
            return PlanChange.Invalid([new FieldError(ActionRowFields.Ref, ActionRowFields.Label(ActionRowFields.Ref), $"{item.Ref} was added by someone else a moment ago; try again.")]);
        }
        var groupIds = await db.PartnershipGroups.AsNoTracking().Where(g => values.Groups.Contains(g.Name)).Select(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        db.ActionPlanGroups.AddRange(groupIds.Select(g => new ActionPlanGroupRow { ItemId = item.Id, GroupId = g }));
        var after = Values.Of(item, values.Groups);
        db.ActionPlanChanges.Add(new ActionPlanChangeRow { ItemId = item.Id, Field = ActionRowFields.Added, After = item.Ref, ByUser = user.UserName, At = now });
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = user.UserName, Action = AuditActions.ActionRowAdded, Address = user.Address, Target = $"action {item.Ref} (id {item.Id})",
            Detail = $"theme {reference.Theme} ({theme.Title}): " + string.Join("; ", Values.Empty.Differences(after).Select(c => $"{c.Field}: {Short(c.After)}")),
            Record = $"action {item.Ref}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(item.Id);
    }

    private async Task<bool> RefTakenAsync(long strategyId, string reference, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        return await db.ActionPlanItems.AnyAsync(i => i.StrategyId == strategyId && i.Ref == reference, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<PartnershipStructure> StructureAsync(CspDbContext db, CancellationToken cancellationToken)
    {
        var groups = await db.PartnershipGroups.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = groups.ToDictionary(g => g.Id, g => g.Name);
        return new PartnershipStructure(groups.Select(g => PlanRows.Group(g, names)));
    }

    /// <summary>The fields given, checked: each fault an error naming its field; null when any.</summary>
    private static Values? Check(ActionRowEdit edit, PartnershipStructure structure, List<FieldError> errors)
    {
        void Fault(string field, string message) => errors.Add(new FieldError(field, ActionRowFields.Label(field), message));
        var action = string.Join(' ', (edit.Action ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (action.Length == 0) Fault(ActionRowFields.Action, "give the action's text (what will be done).");
        else if (action.Length > ActionLength) Fault(ActionRowFields.Action, $"the action is {action.Length:N0} characters; at most {ActionLength:N0} are kept.");

        var groups = new List<string>();
        foreach (var given in (edit.Groups ?? []).Select(g => (g ?? "").Trim()).Where(g => g.Length > 0))
        {
            if (structure.Find(given) is { } group) { if (!groups.Contains(group.Name)) groups.Add(group.Name); }
            else Fault(ActionRowFields.Groups, $"'{given}' is no group of the partnership's structure; choose from its groups.");
        }
        if (groups.Count == 0 && !errors.Any(e => e.Field == ActionRowFields.Groups)) Fault(ActionRowFields.Groups, "choose at least one coordinating delivery group.");

        var priorities = PriorityNames.Split(string.Join(";", (edit.Priorities ?? []).Where(p => p is not null)));
        if (priorities.Count == 0) Fault(ActionRowFields.Priorities, "choose or give at least one Strategic Assessment priority.");
        foreach (var p in priorities.Where(p => p.Length > NameLength)) Fault(ActionRowFields.Priorities, $"'{Short(p)}' is {p.Length:N0} characters; at most {NameLength:N0}.");

        var owner = Clean(edit.OwnerAgency);
        if (owner?.Length > NameLength) Fault(ActionRowFields.Owner, $"at most {NameLength:N0} characters.");
        var lead = Clean(edit.Lead);
        if (lead?.Length > NameLength) Fault(ActionRowFields.Lead, $"at most {NameLength:N0} characters.");

        var startOk = TryDate(edit.Start, out var start);
        if (!startOk) Fault(ActionRowFields.Start, $"'{edit.Start}' is not a date (yyyy-MM-dd, e.g. 2025-04-01).");
        var dueOk = TryDate(edit.Due, out var due);
        if (!dueOk) Fault(ActionRowFields.Due, $"'{edit.Due}' is not a date (yyyy-MM-dd, e.g. 2026-03-31).");
        if (startOk && dueOk && start is { } s && due is { } d && d < s)
        {
            Fault(ActionRowFields.Due, $"the due date {d.ToString("d MMM yyyy", EnGb)} is before the start date {s.ToString("d MMM yyyy", EnGb)}.");
        }
        if (!PlanWords.TryStatus(edit.Status, out var status)) Fault(ActionRowFields.Status, $"'{edit.Status}' is not a status; expected {PlanWords.ExpectedStatus}.");
        if (!PlanWords.TryRag(edit.Rag, out var rag)) Fault(ActionRowFields.Rag, $"'{edit.Rag}' is not a RAG rating; expected {PlanWords.ExpectedRag}.");
        return errors.Count > 0 ? null : new Values(action, groups.Order(StringComparer.Ordinal).ToList(), priorities, owner, lead, start, due, status, rag);
    }

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        var t = (text ?? "").Trim();
        if (t.Length == 0) return true;
        if (!DateOnly.TryParseExact(t, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return false;
        date = d;
        return true;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A value as the audit detail quotes it: at most 120 characters.</summary>
    private static string Short(string? text) => text is null ? "-" : text.Length <= 120 ? text : text[..117] + "...";

    private static string Title(StrategyRow s) => $"{s.Title} {s.Period} ({s.Refresh} refresh)";

    /// <summary>A row's editable fields, to compare before and after and to keep in its history as the row page prints them (the import of a changed plan too).</summary>
    internal sealed record Values(string Action, IReadOnlyList<string> Groups, IReadOnlyList<string> Priorities, string? Owner, string? Lead, DateOnly? Start, DateOnly? Due,
        ActionStatus Status, Rag Rag)
    {
        public static Values Empty { get; } = new("", [], [], null, null, null, null, ActionStatus.NotStarted, Rag.NotRated);

        public static Values Of(ActionPlanItemRow row, IReadOnlyList<string> groups) => new(row.Action, groups.Order(StringComparer.Ordinal).ToList(), PlanRows.Split(row.Priorities),
            row.OwnerAgency, row.Lead, row.StartOn, row.DueOn, Enum.Parse<ActionStatus>(row.Status), Enum.Parse<Rag>(row.Rag));

        /// <summary>The fields <paramref name="after"/> changes, with the value before (this) and after, as text.</summary>
        public IReadOnlyList<(string Field, string? Before, string? After)> Differences(Values after)
        {
            var list = new List<(string, string?, string?)>();
            void Compare(string field, string? before, string? now)
            {
                if (!string.Equals(before, now, StringComparison.Ordinal)) list.Add((field, before, now));
            }
            Compare(ActionRowFields.Action, Action, after.Action);
            Compare(ActionRowFields.Groups, PlanRows.Join(Groups), PlanRows.Join(after.Groups));
            Compare(ActionRowFields.Priorities, PlanRows.Join(Priorities), PlanRows.Join(after.Priorities));
            Compare(ActionRowFields.Owner, Owner, after.Owner);
            Compare(ActionRowFields.Lead, Lead, after.Lead);
            Compare(ActionRowFields.Start, Iso(Start), Iso(after.Start));
            Compare(ActionRowFields.Due, Iso(Due), Iso(after.Due));
            Compare(ActionRowFields.Status, Status.ToString(), after.Status.ToString());
            Compare(ActionRowFields.Rag, Rag.ToString(), after.Rag.ToString());
            return list;
        }

        private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}
