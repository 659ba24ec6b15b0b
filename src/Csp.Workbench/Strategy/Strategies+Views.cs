using System.Globalization;
using Csp.Core.Strategy;
using Csp.Reporting.Rendering;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Csp.Workbench.Reports;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Strategy;

public sealed partial class Strategies
{
    /// <summary>The strategy version (the current one when <paramref name="id"/> is null), or null when none is held.</summary>
    public async Task<StrategyView?> ViewAsync(long? id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await PlanRows.CurrentAsync(db, id, cancellationToken).ConfigureAwait(false) is not { } row) return null;
        var strategy = await PlanRows.StrategyAsync(db, row, cancellationToken).ConfigureAwait(false);
        var items = await PlanRows.ItemsAsync(db, row.Id, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        var quarter = ReportingQuarter.Of(today);
        var progress = ActionPlanProgress.Of(items.Select(i => i.Item).ToList(),
            items.Where(i => i.Last is not null).ToDictionary(i => i.Item.Ref, i => i.Last!.Quarter), quarter, today);
        var versions = await db.Strategies.AsNoTracking().OrderBy(s => s.Refresh).ThenBy(s => s.Id)
            .Select(s => new StrategyVersion(s.Id, s.Title, s.Period, s.Refresh)).ToListAsync(cancellationToken).ConfigureAwait(false);
        strategy = await WithFactsAsync(strategy, row.Id, cancellationToken).ConfigureAwait(false);
        // What the annual refresh changed against the version before this one.
        var before = versions.TakeWhile(v => v.Id != row.Id).LastOrDefault();
        StrategyDifference? difference = null;
        if (before is not null && await PlanRows.CurrentAsync(db, before.Id, cancellationToken).ConfigureAwait(false) is { } previousRow)
        {
            var previous = await WithFactsAsync(await PlanRows.StrategyAsync(db, previousRow, cancellationToken).ConfigureAwait(false), previousRow.Id, cancellationToken).ConfigureAwait(false);
            difference = StrategyDifference.Between(previous, strategy);
        }
        var decision = await PriorityDecisions.LatestAsync(database, null, null, cancellationToken).ConfigureAwait(false);
        return new StrategyView(row.Id, strategy, decision, progress, versions, difference?.PrioritiesAdded ?? [], difference?.PrioritiesDropped ?? [])
        {
            Before = before, Difference = difference,
        };
    }

    /// <summary>
    /// What changed between a version (the current one when <paramref name="id"/> is null) and another (the version before it
    /// when <paramref name="against"/> is null); null when either is not held, or the version has none before it.
    /// </summary>
    public async Task<StrategyDiff?> DiffAsync(long? id, long? against, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await PlanRows.CurrentAsync(db, id, cancellationToken).ConfigureAwait(false) is not { } row) return null;
        var earlier = against is { } given
            ? await db.Strategies.AsNoTracking().FirstOrDefaultAsync(s => s.Id == given, cancellationToken).ConfigureAwait(false)
            : await db.Strategies.AsNoTracking().Where(s => s.Refresh < row.Refresh || (s.Refresh == row.Refresh && s.Id < row.Id))
                .OrderByDescending(s => s.Refresh).ThenByDescending(s => s.Id).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (earlier is null) return null;
        var after = await WithFactsAsync(await PlanRows.StrategyAsync(db, row, cancellationToken).ConfigureAwait(false), row.Id, cancellationToken).ConfigureAwait(false);
        var before = await WithFactsAsync(await PlanRows.StrategyAsync(db, earlier, cancellationToken).ConfigureAwait(false), earlier.Id, cancellationToken).ConfigureAwait(false);
        return new StrategyDiff(new StrategyVersion(earlier.Id, earlier.Title, earlier.Period, earlier.Refresh), new StrategyVersion(row.Id, row.Title, row.Period, row.Refresh),
            StrategyDifference.Between(before, after));
    }

    /// <summary>
    /// The facts linked to the assessment in a version (the current one when <paramref name="id"/> is null), by priority, each
    /// with the figure the data gives now and, when the annual refresh carried it on from the version before, the figure there
    /// and whether it changed (as <see cref="DiffAsync"/> pairs them); null when no version (or not the one given) is held.
    /// </summary>
    public async Task<StrategyFactList?> FactsAsync(long? id, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        if (await PlanRows.CurrentAsync(db, id, cancellationToken).ConfigureAwait(false) is not { } row) return null;
        var version = new StrategyVersion(row.Id, row.Title, row.Period, row.Refresh);
        var strategy = await PlanRows.StrategyAsync(db, row, cancellationToken).ConfigureAwait(false);
        var linked = facts is null ? [] : await facts.ForStrategyAsync(row.Id, cancellationToken).ConfigureAwait(false);
        var diff = await DiffAsync(row.Id, null, cancellationToken).ConfigureAwait(false);
        var states = linked.Select(f => new StrategyFactState(strategy.Themes.FirstOrDefault(t => t.Number == f.Theme)?.Title ?? $"Priority {f.Theme}", f,
            diff?.Difference.Facts.FirstOrDefault(c => c.After.Id == f.Id)?.Before)).ToList();
        return new StrategyFactList(version, diff?.From, states);
    }

    /// <summary>The strategy with each theme's linked facts as the data gives them now (unchanged without the facts use case).</summary>
    private async Task<CommunitySafetyStrategy> WithFactsAsync(CommunitySafetyStrategy strategy, long id, CancellationToken cancellationToken)
    {
        if (facts is null) return strategy;
        var linked = await facts.ForStrategyAsync(id, cancellationToken).ConfigureAwait(false);
        if (linked.Count == 0) return strategy;
        return strategy with { Themes = strategy.Themes.Select(t => t with { LinkedFacts = linked.Where(f => f.Theme == t.Number).ToList() }).ToList() };
    }

    /// <summary>Every group with who sits on it and how many rows of the current action plan it coordinates.</summary>
    public async Task<IReadOnlyList<GroupView>> StructureAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var groups = await db.PartnershipGroups.AsNoTracking().OrderBy(g => g.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = groups.ToDictionary(g => g.Id, g => g.Name);
        var members = await db.GroupMembers.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var current = await PlanRows.CurrentAsync(db, null, cancellationToken).ConfigureAwait(false);
        var counts = current is null ? [] : await db.ActionPlanGroups.AsNoTracking()
            .Where(l => db.ActionPlanItems.Any(i => i.Id == l.ItemId && i.StrategyId == current.Id))
            .GroupBy(l => l.GroupId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken).ConfigureAwait(false);
        return groups.Select(g => new GroupView(g.Id, PlanRows.Group(g, names),
            members.Where(m => m.GroupId == g.Id).OrderBy(m => m.UserName, StringComparer.Ordinal).Select(m => new GroupMember(m.UserName, m.Role, m.AddedOn)).ToList(),
            counts.GetValueOrDefault(g.Id))).ToList();
    }

    /// <summary>Puts a user on a group (or changes their role on it): administrators and analysts only; audited.</summary>
    public async Task<PlanChange> AddMemberAsync(PlanUser by, string groupName, string userName, string role, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Only administrators and analysts change who sits on a group.");
        if (role is not ("Chair" or "Member")) return PlanChange.Refused($"'{role}' is not a role on a group: Chair or Member.");
        await using var db = database.CreateContext();
        var all = await db.PartnershipGroups.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var names = all.ToDictionary(g => g.Id, g => g.Name);
        var structure = new PartnershipStructure(all.Select(g => PlanRows.Group(g, names)));
        if (structure.Find(groupName ?? "") is not { } group) return PlanChange.Refused($"There is no group '{groupName}'.");
        var groupId = all.First(g => g.Name == group.Name).Id;
        var user = (userName ?? "").Trim();
        if (!await db.Users.AnyAsync(u => u.UserName == user, cancellationToken).ConfigureAwait(false)) return PlanChange.Refused($"There is no user '{user}'.");
        var row = await db.GroupMembers.FirstOrDefaultAsync(m => m.GroupId == groupId && m.UserName == user, cancellationToken).ConfigureAwait(false);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().Date);
        row ??= db.GroupMembers.Add(new GroupMemberRow { GroupId = groupId, UserName = user, Role = role, AddedOn = today, AddedBy = by.UserName }).Entity;
        row.Role = role;
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(), UserName = by.UserName, Action = AuditActions.GroupMemberChanged, Address = by.Address, Target = group.Name, Detail = $"{user} as {role}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(groupId);
    }

    /// <summary>
    /// The action plan's progress report for a quarter (<c>csp report action-plan</c>, <c>/action-plan/report</c>): every action of the
    /// current version (or the one given) as it stood at the end of the quarter, rendered to <paramref name="format"/>; null
    /// when no strategy is held.
    /// </summary>
    public async Task<ReportFile?> ActionPlanReportAsync(long? id, ReportingQuarter quarter, ReportFormat format, CancellationToken cancellationToken)
    {
        var warming = renderers.WarmUpAsync(format, cancellationToken);
        await using var db = database.CreateContext();
        if (await PlanRows.CurrentAsync(db, id, cancellationToken).ConfigureAwait(false) is not { } row) return null;
        var strategy = await PlanRows.StrategyAsync(db, row, cancellationToken).ConfigureAwait(false);
        var items = await PlanRows.ItemsAsync(db, row.Id, cancellationToken).ConfigureAwait(false);
        var ids = items.Select(i => i.Row.Id).ToList();
        var updates = (await db.ActionPlanUpdates.AsNoTracking().Where(u => ids.Contains(u.ItemId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(u => u.ItemId, PlanRows.Update);
        var document = ActionPlanReport.Build(strategy, items.Select(i => (i.Item, (IReadOnlyList<ProgressUpdate>)updates[i.Row.Id].ToList())).ToList(), quarter,
            DateOnly.FromDateTime(clock.GetLocalNow().Date));
        await warming.ConfigureAwait(false);
        var renderer = renderers.For(format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var name = $"action-plan-{strategy.Period}-{quarter}{renderer.Extension}".ToLowerInvariant();
        return new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label, document.Sections.Count,
            document.Tables().Count(), document.Figures().Count());
    }

    /// <summary>
    /// The strategy as a document (<c>csp report strategy</c>, <c>/strategy/document</c>) for the current version (or the
    /// one given), in the seeds' shape, with the Management Group's decision and the action plan; null when no strategy is held.
    /// </summary>
    public async Task<ReportFile?> DocumentAsync(long? id, ReportFormat format, CancellationToken cancellationToken)
    {
        var warming = renderers.WarmUpAsync(format, cancellationToken);
        await using var db = database.CreateContext();
        if (await PlanRows.CurrentAsync(db, id, cancellationToken).ConfigureAwait(false) is not { } row)
        {
            await warming.ConfigureAwait(false);
            return null;
        }
        var strategy = await PlanRows.StrategyAsync(db, row, cancellationToken).ConfigureAwait(false);
        var items = await PlanRows.ItemsAsync(db, row.Id, cancellationToken).ConfigureAwait(false);
        strategy = await WithFactsAsync(strategy, row.Id, cancellationToken).ConfigureAwait(false);
        var decision = await PriorityDecisions.LatestAsync(database, null, null, cancellationToken).ConfigureAwait(false);
        var document = StrategyDocument.Build(strategy, items.Select(i => i.Item).ToList(), decision, DateOnly.FromDateTime(clock.GetLocalNow().Date));
        await warming.ConfigureAwait(false);
        var renderer = renderers.For(format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var name = $"community-safety-strategy-{strategy.Period}-{strategy.Refresh.ToString(CultureInfo.InvariantCulture)}{renderer.Extension}";
        return new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label, document.Sections.Count, document.Tables().Count(), 0);
    }

    /// <summary>Strategy on a Page for the current version (or the one given), rendered as HTML, PDF or PNG (the PDF's page as a picture); null when no strategy is held.</summary>
    public async Task<ReportFile?> PageAsync(long? id, ReportFormat format, CancellationToken cancellationToken)
    {
        var warming = renderers.WarmUpAsync(format, cancellationToken);
        await using var db = database.CreateContext();
        if (await PlanRows.CurrentAsync(db, id, cancellationToken).ConfigureAwait(false) is not { } row) return null;
        // With the facts linked to the assessment: the page prints each priority's key fact with the figure the data gives now.
        var strategy = await WithFactsAsync(await PlanRows.StrategyAsync(db, row, cancellationToken).ConfigureAwait(false), row.Id, cancellationToken).ConfigureAwait(false);
        var items = await PlanRows.ItemsAsync(db, row.Id, cancellationToken).ConfigureAwait(false);
        var decision = await PriorityDecisions.LatestAsync(database, null, null, cancellationToken).ConfigureAwait(false);
        var document = StrategyOnAPage.Build(strategy, items.Select(i => i.Item).ToList(), decision, DateOnly.FromDateTime(clock.GetLocalNow().Date));
        await warming.ConfigureAwait(false);
        var renderer = renderers.For(format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var name = $"strategy-on-a-page-{strategy.Period}-{strategy.Refresh.ToString(CultureInfo.InvariantCulture)}{renderer.Extension}";
        return new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label, document.Sections.Count, 0, 0);
    }
}
