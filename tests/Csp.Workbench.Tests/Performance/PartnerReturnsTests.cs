using Csp.Core.Imports;
using Csp.Core.Performance;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Performance;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Tests.Performance;

/// <summary>Partner returns stored and read back on a real database of each kind: imports, replacements, the return form.</summary>
[Collection(PostgresCollection.Name)]
public sealed class PartnerReturnsTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_seed_youth_justice_return_lands_with_its_mismatched_total_flagged_and_importing_it_again_changes_nothing(DatabaseProvider provider)
    {
        await using var world = await PerformanceWorld.CreateAsync(provider, postgres);

        var first = (await world.ImportAsync(PerformanceWorld.Sample("youth-justice-first-time-entrants.csv"))).Single();
        var again = (await world.ImportAsync(PerformanceWorld.Sample("youth-justice-first-time-entrants.csv"))).Single();

        Assert.Equal(FileOutcome.Added, first.Outcome);
        Assert.Equal((18L, 18L, 0L), (first.RowsRead, first.RowsAdded, first.RowsQuarantined));
        // Seed 000 line 199: KCC Area 630 + 113 = 743, not 1,743: kept as returned, flagged, and said.
        var warning = Assert.Single(first.Warnings);
        Assert.Equal(("youth-justice-first-time-entrants.csv", 19L, "value"), (Path.GetFileName(warning.File), warning.Line, warning.Field));
        Assert.Equal(FileOutcome.Unchanged, again.Outcome);
        await using var db = world.Database.CreateContext();
        Assert.Equal(18, await db.ReturnValues.CountAsync());
        var kcc = await db.ReturnValues.SingleAsync(r => r.AreaCode == "E10000016" && r.Breakdown == "sex=All" && r.PeriodStart == new DateOnly(2009, 7, 1));
        Assert.Equal((1743.0, 1), (kcc.Value, kcc.Flags));
        Assert.Equal(new DateOnly(2010, 6, 30), kcc.PeriodEnd);
        // The measures are copied in with the agency whose officers return them.
        var yj = await db.Measures.SingleAsync(m => m.Name == "Youth justice first-time entrants");
        Assert.Equal("County Council", (await db.Agencies.SingleAsync(a => a.Id == yj.AgencyId)).Name);
        Assert.Equal(2, await db.MeasureAreaTargets.CountAsync(t => t.MeasureId == db.Measures.Single(m => m.Name == "Road traffic collisions").Id));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_later_return_for_the_same_figure_replaces_it_and_says_what_it_replaced_and_bad_rows_name_file_line_and_field(DatabaseProvider provider)
    {
        await using var world = await PerformanceWorld.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var first = Path.Combine(dir, "fires-may.csv");
        await File.WriteAllLinesAsync(first,
        [
            "measure,area,period_start,period_end,value",
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,17",
            "Deliberate fires,Gravesham,2025-05-01,2025-05-31,12",
        ]);
        var later = Path.Combine(dir, "fires-may-corrected.csv");
        await File.WriteAllLinesAsync(later,
        [
            "measure,area,period_start,period_end,value,unit",
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,19,count",
            "Deliberate fires,Narnia,2025-05-01,2025-05-31,3,count",
            "Perceived high level of ASB (KCVS),Gravesham,2025-04-01,2025-06-30,140,percentage",
            "Deliberate fires,Gravesham,2025-06-01,2025-06-31,4,count",
            "Perceived high level of ASB (KCVS),Dartford,2025-04-01,2025-06-30,u/a,percentage",
        ]);

        var a = (await world.ImportAsync(PerformanceWorld.File(first))).Single();
        var b = (await world.ImportAsync(PerformanceWorld.File(later))).Single();

        Assert.Equal((FileOutcome.Added, 2L), (a.Outcome, a.RowsAdded));
        Assert.Equal(FileOutcome.Replaced, b.Outcome);
        Assert.Equal((1L, 1L, 3L), (b.RowsReplaced, b.RowsAdded, b.RowsQuarantined));
        Assert.Equal("Deliberate fires, E07000107, 2025-05-01..2025-05-31: 17 -> 19 (was fires-may.csv line 2)", Assert.Single(b.Replaced));
        Assert.Equal([(3L, "area"), (4L, "value"), (5L, "period_end")], b.Issues.Select(i => (i.Line, i.Field!)));
        Assert.All(b.Issues, i => Assert.Equal("fires-may-corrected.csv", Path.GetFileName(i.File)));
        await using var db = world.Database.CreateContext();
        Assert.Equal(19.0, (await db.ReturnValues.SingleAsync(r => r.AreaCode == "E07000107" && r.Measure == "Deliberate fires")).Value);
        Assert.Equal(12.0, (await db.ReturnValues.SingleAsync(r => r.AreaCode == "E07000109" && r.Measure == "Deliberate fires")).Value);
        // u/a is kept as not available, never zero.
        var ua = await db.ReturnValues.SingleAsync(r => r.Measure == "Perceived high level of ASB (KCVS)");
        Assert.Null(ua.Value);
        Assert.Equal(3, await db.QuarantinedRows.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_mixing_new_series_with_held_ones_adds_replaces_and_repeats_each_figure_as_the_figure_by_figure_way_did(DatabaseProvider provider)
    {
        // The import writes a series (measure, area) the database does not hold without looking for what it replaces, in
        // the key's order (SQLite) or in one statement from a staged copy (PostgreSQL); a held series figure by figure.
        await using var world = await PerformanceWorld.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var first = Path.Combine(dir, "fires-first.csv");
        await File.WriteAllLinesAsync(first,
        [
            "measure,area,period_start,period_end,value",
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,17",
            "Deliberate fires,Gravesham,2025-05-01,2025-05-31,12",
            "Deliberate fires,Dartford,2025-04-01,2025-04-30,10",
        ]);
        var second = Path.Combine(dir, "fires-second.csv");
        await File.WriteAllLinesAsync(second,
        [
            "measure,area,period_start,period_end,value,unit",
            "Deliberate fires,Gravesham,2025-05-01,2025-05-31,13,count",
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,17,count",
            "Deliberate fires,Dartford,2025-04-01,2025-04-30,11,count",
            "Deliberate fires,Dartford,2025-06-01,2025-06-30,9,count",
            "Perceived high level of ASB (KCVS),Gravesham,2025-04-01,2025-06-30,45,percentage",
            "Deliberate fires,Kent,2025-05-01,2025-05-31,u/a,count",
        ]);

        var a = (await world.ImportAsync(PerformanceWorld.File(first))).Single();
        var b = (await world.ImportAsync(PerformanceWorld.File(second))).Single();
        var again = (await world.ImportAsync(PerformanceWorld.File(second))).Single();

        Assert.Equal((FileOutcome.Added, 3L), (a.Outcome, a.RowsAdded));
        Assert.Equal((FileOutcome.Replaced, 3L, 1L, 2L, 0L), (b.Outcome, b.RowsAdded, b.RowsDuplicate, b.RowsReplaced, b.RowsQuarantined));
        Assert.Equal(
        [
            "Deliberate fires, E07000109, 2025-05-01..2025-05-31: 12 -> 13 (was fires-first.csv line 3)",
            "Deliberate fires, E07000107, 2025-04-01..2025-04-30: 10 -> 11 (was fires-first.csv line 4)",
        ], b.Replaced);
        Assert.Equal(FileOutcome.Unchanged, again.Outcome);
        await using var db = world.Database.CreateContext();
        var stored = (await db.ReturnValues.ToListAsync()).OrderBy(r => r.AreaCode).ThenBy(r => r.Measure).ThenBy(r => r.PeriodStart)
            .Select(r => (r.AreaCode, r.Measure, r.PeriodStart.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture), r.Value, r.Line)).ToList();
        List<(string, string, string, double?, long)> expected =
        [
            ("E07000107", "Deliberate fires", "2025-04", 11.0, 4L),
            ("E07000107", "Deliberate fires", "2025-05", 17.0, 2L),
            ("E07000107", "Deliberate fires", "2025-06", 9.0, 5L),
            ("E07000109", "Deliberate fires", "2025-05", 13.0, 2L),
            ("E07000109", "Perceived high level of ASB (KCVS)", "2025-04", 45.0, 6L),
            ("E23000032", "Deliberate fires", "2025-05", null, 7L),
        ];
        Assert.Equal(expected, stored);
        // The duplicate kept the figure where it came from: the first file.
        var firstId = (await db.ImportFiles.SingleAsync(f => f.Name.EndsWith("fires-first.csv"))).Id;
        Assert.Equal(firstId, (await db.ReturnValues.SingleAsync(r => r.AreaCode == "E07000107" && r.Line == 2)).FileId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_that_fails_part_way_leaves_nothing_of_itself(DatabaseProvider provider)
    {
        await using var world = await PerformanceWorld.CreateAsync(provider, postgres);
        // A mapping file that cannot be used rejects the file before anything is written.
        var dir = PoliceFiles.TempDirectory();
        var mapping = Path.Combine(dir, "bad.mapping.csv");
        await File.WriteAllLinesAsync(mapping, ["field,column,constant,breakdown,period_start,period_end", "colour,Area,,,,"]);

        var report = (await world.ImportWithAsync(PerformanceWorld.File(mapping), PerformanceWorld.Sample("youth-justice-first-time-entrants-wide.csv"))).Single();

        Assert.Equal(FileOutcome.Rejected, report.Outcome);
        Assert.NotEmpty(report.Issues);
        Assert.All(report.Issues, i => Assert.Equal("bad.mapping.csv", Path.GetFileName(i.File)));
        await using var db = world.Database.CreateContext();
        Assert.Equal(0, await db.ReturnValues.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_wide_seed_table_through_its_mapping_gives_the_same_figures_as_the_long_form(DatabaseProvider provider)
    {
        await using var world = await PerformanceWorld.CreateAsync(provider, postgres);

        var wide = (await world.ImportWithAsync(PerformanceWorld.Sample("youth-justice-first-time-entrants-wide.mapping.csv"), PerformanceWorld.Sample("youth-justice-first-time-entrants-wide.csv"))).Single();
        var longForm = (await world.ImportAsync(PerformanceWorld.Sample("youth-justice-first-time-entrants.csv"))).Single();

        Assert.Equal((FileOutcome.Added, 18L), (wide.Outcome, wide.RowsAdded));
        // The long form holds the same 18 figures: each is a duplicate of its twin, nothing is replaced.
        Assert.Equal((FileOutcome.Added, 18L, 0L, 0L), (longForm.Outcome, longForm.RowsDuplicate, longForm.RowsReplaced, longForm.RowsAdded));
        Assert.Empty(longForm.Replaced);
        await using var db = world.Database.CreateContext();
        Assert.Equal(18, await db.ReturnValues.CountAsync());
        Assert.Equal(1, await db.ReturnValues.CountAsync(r => r.Flags == 1));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_partner_officer_enters_only_their_agencys_measures_and_every_entry_is_audited(DatabaseProvider provider)
    {
        await using var world = await PerformanceWorld.CreateAsync(provider, postgres);
        var fire = new ReturnUser("f.officer", "Fire and Rescue Service", [Roles.PartnerOfficer], "127.0.0.1");

        Assert.Equal(["Deliberate fires"], world.Returns.MeasuresFor(fire).Select(m => m.Name));
        var refused = await world.Returns.SubmitAsync(fire, new ReturnEntry("Youth justice first-time entrants", "Dartford", "2025-Q2", "sex=Female", "7", null), default);
        var kept = await world.Returns.SubmitAsync(fire, new ReturnEntry("Deliberate fires", "Gravesham", "2025-Q2", null, "31", "all three months"), default);
        var corrected = await world.Returns.SubmitAsync(fire, new ReturnEntry("Deliberate fires", "Gravesham", "2025-Q2", null, "33", null), default);
        var future = await world.Returns.SubmitAsync(fire, new ReturnEntry("Deliberate fires", "Gravesham", "2026-Q1", null, "3", null), default);

        Assert.Equal((false, "measure"), (refused.Done, refused.Field));
        Assert.True(kept.Done);
        Assert.Null(kept.Replaced);
        Assert.Equal("Deliberate fires, E07000109, 2025-04-01..2025-06-30: 31 -> 33 (was entered by f.officer)", corrected.Replaced);
        Assert.Equal((false, "quarter"), (future.Done, future.Field));
        await using var db = world.Database.CreateContext();
        var row = await db.ReturnValues.SingleAsync();
        Assert.Equal((33.0, "f.officer", "Fire and Rescue Service", (long?)null), (row.Value, row.SubmittedBy, row.Agency, row.FileId));
        var audit = await db.AuditLog.Where(e => e.Action == AuditActions.ReturnSubmitted || e.Action == AuditActions.ReturnRefused).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.ReturnRefused, AuditActions.ReturnSubmitted, AuditActions.ReturnSubmitted, AuditActions.ReturnRefused], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal("f.officer", e.UserName));
        Assert.Contains("replaced", audit[2].Detail, StringComparison.Ordinal);
    }
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_return_whose_data_breaks_off_is_rejected_whole_unless_the_rows_read_are_kept_on_purpose(DatabaseProvider provider)
    {
        await using var world = await PerformanceWorld.CreateAsync(provider, postgres);
        var dir = PoliceFiles.TempDirectory();
        var cut = Path.Combine(dir, "fires-cut.csv");
        // The last row stops inside a quoted note with no line break after it: a cut download.
        await File.WriteAllTextAsync(cut, "measure,area,period_start,period_end,value,note\n" +
            "Deliberate fires,Dartford,2025-05-01,2025-05-31,17,\n" +
            "Deliberate fires,Gravesham,2025-05-01,2025-05-31,12,\"checked by");

        var rejected = (await world.ImportAsync(PerformanceWorld.File(cut))).Single();
        await using (var db = world.Database.CreateContext()) Assert.Equal(0, await db.ReturnValues.CountAsync());
        var kept = new List<FileImportReport>();
        await foreach (var r in world.Returns.ImportAsync([PerformanceWorld.File(cut)], null, keepPartial: true, CancellationToken.None)) kept.Add(r);

        Assert.Equal((FileOutcome.Rejected, true, 0L), (rejected.Outcome, rejected.Truncated, rejected.RowsAdded));
        Assert.Contains(rejected.Issues, i => i.Message.Contains("nothing of it was imported", StringComparison.Ordinal));
        Assert.Contains(rejected.Issues, i => i.Line == 3);
        // Offered again with --keep-partial it is read again (a rejected truncated file is never "Unchanged"): the whole row before the cut is kept.
        var partial = Assert.Single(kept);
        Assert.Equal((FileOutcome.Added, true, true, 1L), (partial.Outcome, partial.Truncated, partial.KeptPartial, partial.RowsAdded));
        await using var after = world.Database.CreateContext();
        Assert.Equal(17.0, (await after.ReturnValues.SingleAsync()).Value);
    }
}
