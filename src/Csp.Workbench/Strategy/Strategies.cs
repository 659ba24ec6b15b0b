using System.Security.Cryptography;
using Csp.Core.Imports;
using Csp.Core.Strategy;
using Csp.Ingest.Strategy;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Csp.Workbench.Reports;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Strategy;

/// <summary>
/// The partnership's structure and its Community Safety Strategy: importing them with the action plan (one transaction,
/// idempotent), the strategy page's view (with the Management Group's decision and the action plan's progress), the
/// structure with who sits on each group, adding a user to a group, and Strategy on a Page. Every change is audited.
/// </summary>
/// <param name="facts">The facts linked to the assessment; without it (the sample loader of the command line) the strategy is read with its plain-text facts only.</param>
public sealed partial class Strategies(CspDatabase database, TimeProvider clock, ReportRenderers renderers, StrategyFacts? facts = null)
{
    /// <summary>The bundled sample's files under data/sample/strategy: the structure, the strategy and the action plan of seed 004.</summary>
    public static (string Structure, string Strategy, string ActionPlan) SampleFiles(string sampleRoot) =>
        (Path.Combine(sampleRoot, "strategy", "structure.csv"), Path.Combine(sampleRoot, "strategy", "strategy.csv"), Path.Combine(sampleRoot, "strategy", "action-plan.csv"));

    /// <summary>Loads the bundled sample strategy and its demonstration meetings (idempotent: a second load changes nothing). Null when the sample has no strategy folder.</summary>
    public async Task<StrategyImport?> LoadSampleAsync(string sampleRoot, CancellationToken cancellationToken)
    {
        var (structure, strategy, plan) = SampleFiles(sampleRoot);
        if (!File.Exists(structure) || !File.Exists(strategy) || !File.Exists(plan)) return null;
        var imported = await ImportAsync(Actor.System, structure, strategy, plan, cancellationToken).ConfigureAwait(false);
        // The sample's demonstration meetings of the Management Group, once its groups are held.
        if (imported.Outcome != StrategyImport.Rejected) await new Meetings.Meetings(database, clock, renderers).LoadSampleAsync(sampleRoot, cancellationToken).ConfigureAwait(false);
        return imported;
    }

    /// <summary>
    /// Imports a structure (groups added or updated by name, never deleted), a strategy version and its action plan, in one
    /// transaction: a file that cannot be read rejects the whole import; a bad row is reported and the good rows land. The
    /// same three files again change nothing. A version imported again with changes keeps every row's status, RAG and
    /// updates unless the file gives them, and keeps rows the file no longer has.
    /// </summary>
    public async Task<StrategyImport> ImportAsync(Actor actor, string structureFile, string strategyFile, string actionPlanFile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var issues = new List<ImportIssue>();
        foreach (var f in new[] { structureFile, strategyFile, actionPlanFile }.Where(f => !File.Exists(f))) issues.Add(new ImportIssue(f, 0, null, "no such file."));
        if (issues.Count > 0) return Rejected(issues);
        var hash = Convert.ToHexString(SHA256.HashData(
            (await File.ReadAllBytesAsync(structureFile, cancellationToken).ConfigureAwait(false))
            .Concat(await File.ReadAllBytesAsync(strategyFile, cancellationToken).ConfigureAwait(false))
            .Concat(await File.ReadAllBytesAsync(actionPlanFile, cancellationToken).ConfigureAwait(false)).ToArray()));

        PartnershipStructure structure;
        await using (var s = File.OpenRead(structureFile))
        {
            (structure, var structureIssues) = StructureCsvReader.Read(s, Path.GetFileName(structureFile));
            issues.AddRange(structureIssues);
        }
        if (issues.Any(i => i.Line <= 1 && structure.Groups.Count == 0)) return Rejected(issues);
        CommunitySafetyStrategy? strategy;
        await using (var s = File.OpenRead(strategyFile))
        {
            (strategy, var strategyIssues) = StrategyCsvReader.Read(s, Path.GetFileName(strategyFile));
            issues.AddRange(strategyIssues);
        }
        if (strategy is null) return Rejected(issues);
        await using var db = database.CreateContext();
        // The plan's groups are the structure's in the file and those already held (a plan may name a group imported before).
        var heldGroups = await db.PartnershipGroups.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var heldNames = heldGroups.ToDictionary(g => g.Id, g => g.Name);
        var known = new PartnershipStructure(structure.Groups.Concat(heldGroups.Where(h => structure.Find(h.Name) is null).Select(h => PlanRows.Group(h, heldNames))));
        IReadOnlyList<ActionPlanItem> items;
        await using (var s = File.OpenRead(actionPlanFile))
        {
            (items, var planIssues) = ActionPlanCsvReader.Read(s, Path.GetFileName(actionPlanFile), known);
            issues.AddRange(planIssues);
        }
        if (items.Count == 0 && issues.Any(i => i.File == Path.GetFileName(actionPlanFile) && i.Line <= 1)) return Rejected(issues);

        var existing = await db.Strategies.FirstOrDefaultAsync(s => s.Title == strategy.Title && s.Period == strategy.Period && s.Refresh == strategy.Refresh, cancellationToken)
            .ConfigureAwait(false);
        if (existing is not null && existing.ContentHash == hash)
        {
            var refs = await db.ActionPlanItems.AsNoTracking().Where(i => i.StrategyId == existing.Id).Select(i => i.Ref).ToListAsync(cancellationToken).ConfigureAwait(false);
            return new StrategyImport(existing.Id, StrategyImport.Unchanged, 0, 0, 0, 0, refs.Count, refs, issues);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var (groupsAdded, groupsUpdated) = await SaveGroupsAsync(db, structure, now, cancellationToken).ConfigureAwait(false);
        var outcome = existing is null ? StrategyImport.Added : StrategyImport.Changed;
        var row = existing ?? db.Strategies.Add(new StrategyRow { Title = strategy.Title, Period = strategy.Period, Refresh = strategy.Refresh, ContentHash = hash }).Entity;
        row.ContentHash = hash;
        row.Source = strategy.Source;
        row.ImportedAt = now;
        row.ImportedBy = actor.UserName;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        // A new version (an annual refresh) carries the facts linked to the version before on, its months a refresh later.
        if (outcome == StrategyImport.Added) await StrategyFacts.CarryOnAsync(db, row, actor.UserName ?? "system", now, cancellationToken).ConfigureAwait(false);
        await db.StrategySections.Where(s => s.StrategyId == row.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        db.StrategySections.AddRange(Sections(row.Id, strategy));

        var groupIds = await db.PartnershipGroups.AsNoTracking().ToDictionaryAsync(g => g.Name, g => g.Id, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
        var held = await db.ActionPlanItems.Where(i => i.StrategyId == row.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var heldIds = held.Select(h => h.Id).ToList();
        var groupNames = groupIds.ToDictionary(g => g.Value, g => g.Key);
        var heldLinks = (await db.ActionPlanGroups.AsNoTracking().Where(l => heldIds.Contains(l.ItemId)).ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToLookup(l => l.ItemId, l => groupNames.GetValueOrDefault(l.GroupId) ?? "");
        // A field the file changes on a held row (perhaps one edited in the web app) goes into the row's history as a web edit
        // does, with who imported which file and when, so the row page shows what the import overwrote.
        var importedBy = $"{actor.UserName ?? "system"} (import of {Path.GetFileName(actionPlanFile)})";
        int added = 0, changed = 0, fieldsChanged = 0;
        foreach (var item in items)
        {
            var refText = item.Ref.ToString();
            var target = held.FirstOrDefault(h => h.Ref == refText);
            var before = target is null ? null : ActionPlans.Values.Of(target, heldLinks[target.Id].ToList());
            if (target is null)
            {
                target = db.ActionPlanItems.Add(new ActionPlanItemRow
                {
                    StrategyId = row.Id, Ref = refText, ThemeNumber = item.Ref.Theme, ActionNumber = item.Ref.Number, Theme = item.Theme, Action = item.Action,
                    Priorities = "", Status = item.Status.ToString(), Rag = item.Rag.ToString(), UpdatedAt = now, UpdatedBy = actor.UserName,
                }).Entity;
                added++;
            }
            else
            {
                changed++;
                if (item.Status != ActionStatus.NotStarted) target.Status = item.Status.ToString();
                if (item.Rag != Rag.NotRated) target.Rag = item.Rag.ToString();
            }
            target.Theme = item.Theme;
            target.Action = item.Action;
            target.Priorities = string.Join("; ", item.Priorities);
            target.OwnerAgency = item.OwnerAgency ?? target.OwnerAgency;
            target.Lead = item.Lead ?? target.Lead;
            target.StartOn = item.StartOn ?? target.StartOn;
            target.DueOn = item.DueOn ?? target.DueOn;
            target.Source = item.Source ?? target.Source;
            if (before is not null)
            {
                var differences = before.Differences(ActionPlans.Values.Of(target, item.Groups.ToList()));
                db.ActionPlanChanges.AddRange(differences.Select(c => new ActionPlanChangeRow
                {
                    ItemId = target.Id, Field = c.Field, Before = c.Before, After = c.After, ByUser = importedBy, At = now,
                }));
                fieldsChanged += differences.Count;
            }
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await db.ActionPlanGroups.Where(l => l.ItemId == target.Id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            db.ActionPlanGroups.AddRange(item.Groups.Select(g => new ActionPlanGroupRow { ItemId = target.Id, GroupId = groupIds[g] }));
        }
        var kept = held.Count(h => items.All(i => i.Ref.ToString() != h.Ref));
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = actor.UserName, Action = AuditActions.StrategyImported, Address = actor.Address, Target = $"strategy {row.Id}",
            Detail = $"{strategy.Title} {strategy.Period}, {strategy.Refresh} refresh: {outcome}; groups {groupsAdded} added, {groupsUpdated} updated; actions {added} added, {changed} changed ({fieldsChanged} fields, kept in each row's changes), {kept} kept; {issues.Count} rows not read",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        var allRefs = items.Select(i => i.Ref.ToString()).Concat(held.Select(h => h.Ref)).Distinct().ToList();
        return new StrategyImport(row.Id, outcome, groupsAdded, groupsUpdated, added, changed, kept, allRefs, issues);
    }

    private static StrategyImport Rejected(List<ImportIssue> issues) => new(0, StrategyImport.Rejected, 0, 0, 0, 0, 0, [], issues);

    private static IEnumerable<StrategySectionRow> Sections(long id, CommunitySafetyStrategy s)
    {
        IEnumerable<StrategySectionRow> Rows(int theme, string section, IEnumerable<string> texts) =>
            texts.Select((t, i) => new StrategySectionRow { StrategyId = id, Theme = theme, Section = section, Position = i, Text = t });
        var rows = Rows(0, "title", [s.Title]).Concat(Rows(0, "period", [s.Period])).Concat(Rows(0, "refresh", [s.Refresh.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            .Concat(Rows(0, "priority", s.Priorities)).Concat(Rows(0, "cross-cutting", s.CrossCutting));
        foreach (var t in s.Themes)
        {
            rows = rows.Concat(Rows(t.Number, "title", [t.Title])).Concat(Rows(t.Number, "why", t.Why)).Concat(Rows(t.Number, "fact", t.Facts)).Concat(Rows(t.Number, "do", t.WhatWeWillDo))
                .Concat(Rows(t.Number, "outcome", t.Outcomes)).Concat(Rows(t.Number, "measure", t.Measures)).Concat(Rows(t.Number, "group", t.DeliveryGroups))
                .Concat(Rows(t.Number, "priority", t.Priorities)).Concat(Rows(t.Number, "focus", t.Focus))
                .Concat(t.Strands.SelectMany(strand => Rows(t.Number, StrategyStrand.All.First(a => a.Heading == strand.Name).Section, strand.Items)));
        }
        return rows;
    }

    private static async Task<(int Added, int Updated)> SaveGroupsAsync(CspDbContext db, PartnershipStructure structure, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var held = await db.PartnershipGroups.ToListAsync(cancellationToken).ConfigureAwait(false);
        int added = 0, updated = 0;
        foreach (var g in structure.Groups)
        {
            var row = held.FirstOrDefault(h => h.Name == g.Name);
            if (row is null)
            {
                row = db.PartnershipGroups.Add(new PartnershipGroupRow { Name = g.Name, Kind = g.Kind.ToString() }).Entity;
                held.Add(row);
                added++;
            }
            else if (row.Kind != g.Kind.ToString() || row.Aliases != PlanRows.Join(g.Aliases) || row.Chair != g.Chair || row.Meets != g.Meets
                     || row.Agencies != PlanRows.Join(g.Agencies) || row.Source != g.Source)
            {
                updated++;
            }
            row.Kind = g.Kind.ToString();
            row.Aliases = PlanRows.Join(g.Aliases);
            row.Chair = g.Chair;
            row.Meets = g.Meets;
            row.Agencies = PlanRows.Join(g.Agencies);
            row.Source = g.Source;
            row.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var g in structure.Groups)
        {
            var row = held.First(h => h.Name == g.Name);
            var parent = g.Parent is null ? null : held.FirstOrDefault(h => h.Name == g.Parent)?.Id;
            row.ParentId = parent;
        }
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return (added, updated);
    }
}
