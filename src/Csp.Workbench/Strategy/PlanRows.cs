using Csp.Core.Strategy;
using Csp.Storage;
using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Strategy;

/// <summary>Database rows to the core's records and back, and the reads the strategy use cases share.</summary>
internal static class PlanRows
{
    public static ActionPlanItem Item(ActionPlanItemRow r, IReadOnlyList<string> groups) =>
        new(new ActionRef(r.ThemeNumber, r.ActionNumber), r.Theme, r.Action, groups, Split(r.Priorities), r.OwnerAgency, r.Lead, r.StartOn, r.DueOn,
            Enum.Parse<ActionStatus>(r.Status), Enum.Parse<Rag>(r.Rag), r.Source);

    public static ProgressUpdate Update(ActionPlanUpdateRow u)
    {
        ReportingQuarter.TryParse(u.Quarter, out var q);
        return new ProgressUpdate(q, u.Note, Enum.Parse<ActionStatus>(u.Status), Enum.Parse<Rag>(u.Rag), u.ByUser, u.At);
    }

    public static DeliveryGroup Group(PartnershipGroupRow g, IReadOnlyDictionary<long, string> names) =>
        new(g.Name, Enum.Parse<GroupKind>(g.Kind), g.ParentId is { } p ? names.GetValueOrDefault(p) : null, Split(g.Aliases), g.Chair, g.Meets, Split(g.Agencies), g.Source);

    public static IReadOnlyList<string> Split(string? text) => (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string? Join(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join("; ", items);

    /// <summary>The current version: the latest refresh, then the latest imported.</summary>
    public static async Task<StrategyRow?> CurrentAsync(CspDbContext db, long? id, CancellationToken cancellationToken) => id is { } given
        ? await db.Strategies.AsNoTracking().FirstOrDefaultAsync(s => s.Id == given, cancellationToken).ConfigureAwait(false)
        : await db.Strategies.AsNoTracking().OrderByDescending(s => s.Refresh).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);

    public static async Task<CommunitySafetyStrategy> StrategyAsync(CspDbContext db, StrategyRow row, CancellationToken cancellationToken)
    {
        var sections = await db.StrategySections.AsNoTracking().Where(s => s.StrategyId == row.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        List<string> All(int t, string s) => sections.Where(x => x.Theme == t && x.Section == s).OrderBy(x => x.Position).Select(x => x.Text).ToList();
        var themes = sections.Where(s => s.Theme > 0).Select(s => s.Theme).Distinct().Order().Select(t => new StrategyTheme(t, All(t, "title").FirstOrDefault() ?? $"Theme {t}",
            All(t, "why"), All(t, "fact"), All(t, "do"), All(t, "outcome"), All(t, "measure"), All(t, "group"), All(t, "priority"))
        {
            Focus = All(t, "focus"),
            Strands = StrategyStrand.All.Select(s => new StrategyStrand(s.Heading, All(t, s.Section))).Where(s => s.Items.Count > 0).ToList(),
        }).ToList();
        return new CommunitySafetyStrategy(row.Title, row.Period, row.Refresh, All(0, "priority"), All(0, "cross-cutting"), themes, row.Source);
    }

    /// <summary>Every row of a version with its groups' names and latest update, in ref order.</summary>
    public static async Task<List<(ActionPlanItemRow Row, ActionPlanItem Item, IReadOnlyList<long> GroupIds, ProgressUpdate? Last)>> ItemsAsync(CspDbContext db, long strategyId,
        CancellationToken cancellationToken)
    {
        var rows = await db.ActionPlanItems.AsNoTracking().Where(i => i.StrategyId == strategyId).OrderBy(i => i.ThemeNumber).ThenBy(i => i.ActionNumber)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var ids = rows.Select(r => r.Id).ToList();
        var links = await db.ActionPlanGroups.AsNoTracking().Where(l => ids.Contains(l.ItemId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = await db.PartnershipGroups.AsNoTracking().ToDictionaryAsync(g => g.Id, g => g.Name, cancellationToken).ConfigureAwait(false);
        var updates = await db.ActionPlanUpdates.AsNoTracking().Where(u => ids.Contains(u.ItemId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        var last = updates.GroupBy(u => u.ItemId).ToDictionary(g => g.Key, g => Update(g.OrderByDescending(u => u.Id).First()));
        return rows.Select(r =>
        {
            var groupIds = links.Where(l => l.ItemId == r.Id).Select(l => l.GroupId).ToList();
            var groupNames = groupIds.Select(g => names.GetValueOrDefault(g) ?? "").OrderBy(n => n, StringComparer.Ordinal).ToList();
            return (r, Item(r, groupNames), (IReadOnlyList<long>)groupIds, last.GetValueOrDefault(r.Id));
        }).ToList();
    }
}
