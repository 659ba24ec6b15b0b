using System.Text;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Imports;

namespace Csp.Workbench.Tests.Performance;

/// <summary>
/// The measures <c>csp performance</c> counts itself (police.uk records, partner incidents, the domestic abuse repeat share),
/// imported through the real importers into both databases and checked against figures worked by hand from the files below.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class CountedMeasuresTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private const string Gravesham = "E01024102";
    private const string Dartford = "E01024150";

    private static string Row(string month, string lsoa, string type, int n) =>
        $"{(type == "Anti-social behaviour" ? "" : $"{month}-{lsoa}-{n}")},{month},Kent Police,Kent Police,0.37,51.44,On or near High Street,{lsoa},{(lsoa == Gravesham ? "Gravesham 004A" : "Dartford 001A")},{type},,";

    /// <summary>Five months of Kent police.uk data, four records each (June 2025 not held: the data lags).</summary>
    private static IEnumerable<string> PoliceFiles(string dir)
    {
        const string asb = "Anti-social behaviour", violence = "Violence and sexual offences";
        string[][] months =
        [
            ["2024-04", Gravesham, asb, Gravesham, asb, Gravesham, violence, Dartford, violence],
            ["2024-05", Gravesham, asb, Dartford, asb, Dartford, violence, Dartford, violence],
            ["2024-06", Gravesham, asb, Gravesham, asb, Gravesham, asb, Dartford, violence],
            ["2025-04", Gravesham, asb, Gravesham, violence, Gravesham, violence, Dartford, asb],
            ["2025-05", Gravesham, asb, Gravesham, asb, Dartford, asb, Dartford, violence],
        ];
        foreach (var m in months)
        {
            var rows = Enumerable.Range(0, 4).Select(i => Row(m[0], m[1 + 2 * i], m[2 + 2 * i], i)).ToArray();
            yield return Csp.Testing.PoliceFiles.Write(dir, $"{m[0]}-kent-street.csv", rows);
        }
    }

    // Gravesham's LSOA centroid at (565653, 172809), Dartford's at (554000, 174000): each incident sits on one of them.
    private static string Incidents()
    {
        const string g = "565653,172809", d = "554000,174000";
        var csv = new StringBuilder("id,date,time,category,easting,northing,victim_key,domestic\n");
        csv.Append($"A1,2024-01-01,10:00,Anti-social behaviour,{g},,no\n");           // the first day held
        csv.Append($"V1a,2024-05-10,12:00,Domestic incident,{g},V1,yes\n");
        csv.Append($"V1b,2025-04-20,12:00,Domestic incident,{g},V1,yes\n");           // V1a within 12 months before: repeat
        csv.Append($"V1c,2025-06-01,12:00,Domestic incident,{g},V1,yes\n");           // repeat
        csv.Append($"V2a,2025-05-05,09:00,Domestic incident,{d},V2,yes\n");           // the earlier of the day: not a repeat
        csv.Append($"V2b,2025-05-05,21:00,Domestic incident,{d},V2,yes\n");           // repeat
        csv.Append($"V3a,2024-04-02,12:00,Domestic incident,{g},V3,yes\n");
        csv.Append($"V3b,2025-04-03,12:00,Domestic incident,{g},V3,yes\n");           // 12 months and a day after V3a: not a repeat
        csv.Append($"V4a,2024-06-10,08:00,Domestic incident,{d},V4,yes\n");
        csv.Append($"V4b,2024-06-10,,Domestic incident,{d},V4,yes\n");                // no time: each counts as the other's earlier
        csv.Append($"N1,2025-05-15,12:00,Domestic incident,{g},,yes\n");              // no victim key: counted, not judged
        csv.Append($"P1,2024-05-01,23:00,Violence against the person,{d},,no\n");
        csv.Append($"P2,2025-04-10,23:00,Violence against the person,{g},,no\n");
        csv.Append($"P3,2025-06-30,23:00,Violence against the person,{g},,no\n");     // the last day held
        return csv.ToString();
    }

    /// <param name="gravesham2011InDartford">Gravesham's LSOA listed by a second lookup (the 2011 vintage) in Dartford too, as an
    /// LSOA is across a boundary change.</param>
    private static async Task<PerformanceWorld> WorldAsync(DatabaseProvider provider, PostgresServer postgres, bool gravesham2011InDartford = false)
    {
        var world = await PerformanceWorld.CreateAsync(provider, postgres);
        await using (var connection = await world.Database.OpenConnectionAsync(CancellationToken.None))
        {
            Sql.Execute(connection, null, $"""
                INSERT INTO lsoa_memberships (lsoa_code, vintage, ward_code, district_code) VALUES
                    ('{Gravesham}', 2021, 'E05012345', 'E07000109'), ('{Dartford}', 2021, 'E05099999', 'E07000107')
                """);
            if (gravesham2011InDartford) Sql.Execute(connection, null, $"INSERT INTO lsoa_memberships (lsoa_code, vintage, ward_code, district_code) VALUES ('{Gravesham}', 2011, 'E05099999', 'E07000107')");
            Sql.Execute(connection, null, $"INSERT INTO area_centroids (area_code, easting, northing) VALUES ('{Gravesham}', 565653, 172809), ('{Dartford}', 554000, 174000)");
        }
        var clock = world.Get<TimeProvider>();
        var dir = Csp.Testing.PoliceFiles.TempDirectory();
        var police = PoliceFiles(dir).Select(PerformanceWorld.File).ToList();
        await foreach (var r in DataImports.RunAsync(world.Database, clock, DataImports.PoliceUk, police, null, null, CancellationToken.None))
        {
            Assert.Empty(r.Issues);
        }
        var incidents = Path.Combine(dir, "incidents.csv");
        await File.WriteAllTextAsync(incidents, Incidents());
        await foreach (var r in DataImports.RunIncidentsAsync(world.Database, clock, [PerformanceWorld.File(incidents)], 27700, false, CancellationToken.None))
        {
            Assert.Empty(r.Issues);
        }
        return world;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Police_uk_measures_are_counted_by_month_for_the_districts_and_a_lagging_quarter_compares_the_same_months(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres);

        var outcome = await world.Tables.ComputeAsync("Dartford and Gravesham", PeriodComparison.Quarter(2025, 2), Csp.Workbench.Assessment.Readership.Restricted, default);
        var district = await world.Tables.ComputeAsync("Gravesham", PeriodComparison.Quarter(2025, 2), Csp.Workbench.Assessment.Readership.Restricted, default);

        var rows = outcome.Result!.Rows.ToDictionary(r => r.Measure);
        // ASB, April + May 2025 (June not held): Gravesham 1 + 2, Dartford 1 + 1 = 5; the baseline cut to April + May 2024:
        // (2 + 0) + (1 + 1) = 4. +1, +25.0%. "reduce" is judged against 4: 5 is worse by more than 5% of 4: red.
        var asb = rows["Anti-social behaviour incidents"];
        Assert.Equal((5m, 4m, 1m, 25.0m, "red", new DateOnly(2025, 5, 31)), (asb.Value, asb.BaselineValue, asb.Change, asb.PercentChange, asb.Status, asb.DataTo));
        // Violence and sexual offences: April 2025 2 + 0, May 0 + 1 = 3; April 2024 1 + 1, May 0 + 2 = 4. Reduce by 5%: level
        // 3.8; 3 is better: green.
        var violence = rows["Violent crime"];
        Assert.Equal((3m, 4m, -1m, -25.0m, "green"), (violence.Value, violence.BaselineValue, violence.Change, violence.PercentChange, violence.Status));
        // Gravesham alone, ASB: 1 + 2 = 3 against 2 + 1 = 3.
        var g = district.Result!.Rows.Single(r => r.Measure == "Anti-social behaviour incidents");
        Assert.Equal((3m, 3m, 0m), (g.Value, g.BaselineValue, g.Change));
        Assert.DoesNotContain(outcome.Notes, n => n.Contains("Not compared or rated", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_baseline_whose_months_are_not_all_held_is_no_baseline_and_the_table_says_so(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres);

        // June 2024 is held, so April-June 2024 has a figure; against it, April-June 2023 is not held at all, and
        // May-June 2025 against May-June 2024 has June 2025 missing: the period stops at May, the baseline is May 2024 only.
        var none = await world.Tables.ComputeAsync("Gravesham", PeriodComparison.Explicit(new MonthRange(new YearMonth(2024, 4), new YearMonth(2024, 6)),
            new MonthRange(new YearMonth(2023, 4), new YearMonth(2023, 6))), Csp.Workbench.Assessment.Readership.Restricted, default);
        var cut = await world.Tables.ComputeAsync("Gravesham", PeriodComparison.Explicit(new MonthRange(new YearMonth(2025, 5), new YearMonth(2025, 6)),
            new MonthRange(new YearMonth(2024, 5), new YearMonth(2024, 6))), Csp.Workbench.Assessment.Readership.Restricted, default);

        var asb = none.Result!.Rows.Single(r => r.Measure == "Anti-social behaviour incidents");
        // Gravesham ASB April-June 2024: 2 + 1 + 3 = 6; no baseline, so not rated, and a note names the measure.
        Assert.Equal((6m, (decimal?)null, "not rated"), (asb.Value, asb.BaselineValue, asb.Status));
        Assert.Contains(none.Notes, n => n.Contains("Not compared or rated", StringComparison.Ordinal) && n.Contains("Anti-social behaviour incidents", StringComparison.Ordinal));
        var may = cut.Result!.Rows.Single(r => r.Measure == "Anti-social behaviour incidents");
        Assert.Equal((2m, 1m, new DateOnly(2025, 5, 31)), (may.Value, may.BaselineValue, may.DataTo));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Incident_counts_and_the_domestic_abuse_repeat_share_are_worked_out_from_the_incidents_held(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres);

        var outcome = await world.Tables.ComputeAsync("Dartford and Gravesham", PeriodComparison.Quarter(2025, 2), Csp.Workbench.Assessment.Readership.Restricted, default);
        var district = await world.Tables.ComputeAsync("Gravesham", PeriodComparison.Quarter(2025, 2), Csp.Workbench.Assessment.Readership.Restricted, default);

        var rows = outcome.Result!.Rows.ToDictionary(r => r.Measure);
        // Domestic incidents April-June 2025: V1b, V1c, V2a, V2b, V3b and N1 (no key) = 6; April-June 2024: V1a, V3a, V4a, V4b = 4.
        var da = rows["Domestic abuse incidents (incident records)"];
        Assert.Equal((6m, 4m, new DateOnly(2025, 6, 30)), (da.Value, da.BaselineValue, da.DataTo));
        // Repeats April-June 2025: V1b (V1a 2024-05-10 is within 12 months), V1c, V2b (later the same day) of the 5 with a key:
        // 60.0%. April-June 2024: V4a and V4b (the same day, one without a time) of 4 (V1a and V3a have nothing before them): 50.0%.
        // +10.0 percentage points; "reduce" is judged against 50.0: worse by more than 2 points: red.
        var share = rows["Domestic abuse repeat incidents (% from incident records)"];
        Assert.Equal((60.0m, 50.0m, 10.0m, 10.0m, "percentage", "red"), (share.Value, share.BaselineValue, share.Change, share.PercentChange, share.Unit, share.Status));
        // Gravesham alone: V1b, V1c repeats of V1b, V1c, V3b = 66.7% against V1a, V3a (no repeats) = 0.0%.
        var g = district.Result!.Rows.Single(r => r.Measure == "Domestic abuse repeat incidents (% from incident records)");
        Assert.Equal((66.7m, 0.0m), (g.Value, g.BaselineValue));
        // Violence against the person incidents: P2 + P3 against P1: 2 against 1, +100.0%.
        var vap = rows["Violence against the person incidents (incident records)"];
        Assert.Equal((2m, 1m, 100.0m, "red"), (vap.Value, vap.BaselineValue, vap.PercentChange, vap.Status));
        // The look-back of April 2024 reaches April 2023, before the first incident held (1 January 2024).
        Assert.Contains(outcome.Notes, n => n.Contains("may be undercounted", StringComparison.Ordinal));
        Assert.DoesNotContain(outcome.Notes, n => n.Contains("GENERATED", StringComparison.Ordinal));
    }
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_share_of_fewer_than_five_victims_is_withheld_from_a_public_reader_and_in_the_report(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres);
        const string share = "Domestic abuse repeat incidents (% from incident records)";

        var shown = await world.Tables.ComputeAsync("Gravesham", PeriodComparison.Quarter(2025, 2), Csp.Workbench.Assessment.Readership.Public, default);
        var all = await world.Tables.ComputeAsync("Gravesham", PeriodComparison.Quarter(2025, 2), Csp.Workbench.Assessment.Readership.Restricted, default);
        var report = await world.Tables.ReportAsync("Gravesham", PeriodComparison.Quarter(2025, 2), Csp.Reporting.Rendering.ReportFormat.Html, Csp.Core.Reports.Classification.Public(), default);

        // Gravesham, April-June 2025: victims V1 (a repeat) and V3: 1 repeat victim of 2, both below 5: withheld. The baseline
        // (V1a and V3a, no repeat) is of 2 victims too.
        var row = shown.Result!.Rows.Single(r => r.Measure == share);
        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null, "not rated", true), (row.Value, row.BaselineValue, row.Change, row.Status, row.Withheld));
        Assert.Contains(shown.Notes, n => n.Contains("fewer than 5 victims or repeat victims", StringComparison.Ordinal));
        Assert.Equal((66.7m, false), (all.Result!.Rows.Single(r => r.Measure == share).Value, all.Result.Rows.Single(r => r.Measure == share).Withheld));
        // The counts the share is not withheld for are unchanged: 3 domestic incidents this quarter (V1b, V1c, V3b; N1 has no key but is counted).
        Assert.Equal(all.Result.Rows.Single(r => r.Measure == "Domestic abuse incidents (incident records)").Value, shown.Result.Rows.Single(r => r.Measure == "Domestic abuse incidents (incident records)").Value);
        // The report is public whoever makes it: the row shows "*" and the note, never 66.7%.
        var html = System.Net.WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(report.File!.Content));
        Assert.Matches(@"Domestic abuse repeat incidents \(% from incident records\)</th>\s*<td[^>]*>\*</td>\s*<td[^>]*>\*</td>", html);
        Assert.DoesNotContain("66.7%", html, StringComparison.Ordinal);
        Assert.Contains("fewer than 5 victims or repeat victims", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_assessments_domestic_abuse_table_counts_incident_records_and_withholds_a_share_of_few_victims_in_public(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres);
        var gravesham = new Csp.Core.Areas.Area("E07000109", "Gravesham", Csp.Core.Areas.AreaLevel.District, "E22000352");
        var quarter = PeriodComparison.Quarter(2025, 2);

        var shown = await world.Tables.ForAssessmentAsync(gravesham, quarter, Csp.Core.Reports.Classification.Public(), default);
        var all = await world.Tables.ForAssessmentAsync(gravesham, quarter, Csp.Core.Reports.Classification.Restricted(), default);
        var publicText = await AssessmentDocuments.RenderAsync(world, AssessmentDocuments.Build(shown!, quarter, Csp.Core.Reports.Classification.Public(),
            ("E07000107", "Dartford", 1000), ("E07000109", "Gravesham", 1000)), Csp.Reporting.Rendering.ReportFormat.Html);
        var restrictedText = await AssessmentDocuments.RenderAsync(world, AssessmentDocuments.Build(all!, quarter, Csp.Core.Reports.Classification.Restricted(),
            ("E07000107", "Dartford", 1000), ("E07000109", "Gravesham", 1000)), Csp.Reporting.Rendering.ReportFormat.Html);

        // Domestic incidents April-June 2025 against 2024 (the file above): Dartford V2a, V2b against V4a, V4b (2 against 2);
        // Gravesham V1b, V1c, V3b, N1 against V1a, V3a (4 against 2, +100.0%; 4 per 1,000 of 1,000 residents);
        // the partnership 6 against 4 (+50.0%). No repeat victims are counted as a number from incident records ("-").
        // The repeat shares (Dartford 1 of 2 = 50.0%, Gravesham 2 of 3 keyed = 66.7%, the partnership 3 of 5 = 60.0%) are of
        // 1, 2 and 3 victims: each withheld ("*") in public, shown to the restricted reader.
        Assert.Contains("Dartford 2 2 0 0.0% 2.00 - *", publicText, StringComparison.Ordinal);
        Assert.Contains("Gravesham 2 4 +2 +100.0% 4.00 - *", publicText, StringComparison.Ordinal);
        Assert.Contains("Dartford and Gravesham 4 6 +2 +50.0% - - *", publicText, StringComparison.Ordinal);
        Assert.Contains("fewer than 5 victims or repeat victims", publicText, StringComparison.Ordinal);
        Assert.DoesNotContain("66.7%", publicText, StringComparison.Ordinal);
        Assert.Contains("Dartford 2 2 0 0.0% 2.00 - 50.0%", restrictedText, StringComparison.Ordinal);
        Assert.Contains("Gravesham 2 4 +2 +100.0% 4.00 - 66.7%", restrictedText, StringComparison.Ordinal);
        Assert.Contains("Dartford and Gravesham 4 6 +2 +50.0% - - 60.0%", restrictedText, StringComparison.Ordinal);
        Assert.DoesNotContain("fewer than 5 victims or repeat victims", restrictedText, StringComparison.Ordinal);
        // The source and its caveats: counted from incident records; the look-back of April 2024 reaches before the first incident held.
        Assert.Contains("counted from the partner incident records held", publicText, StringComparison.Ordinal);
        Assert.Contains("may be undercounted", publicText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_LSOA_two_districts_list_counts_in_each_districts_row_and_once_in_the_partnerships(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres, gravesham2011InDartford: true);
        var gravesham = new Csp.Core.Areas.Area("E07000109", "Gravesham", Csp.Core.Areas.AreaLevel.District, "E22000352");
        var quarter = PeriodComparison.Quarter(2025, 2);

        var all = await world.Tables.ForAssessmentAsync(gravesham, quarter, Csp.Core.Reports.Classification.Restricted(), default);
        var text = await AssessmentDocuments.RenderAsync(world, AssessmentDocuments.Build(all!, quarter, Csp.Core.Reports.Classification.Restricted(),
            ("E07000107", "Dartford", 1000), ("E07000109", "Gravesham", 1000)), Csp.Reporting.Rendering.ReportFormat.Html);

        // Gravesham's LSOA is Dartford's too (by the 2011 lookup): Dartford's row holds its own incidents and Gravesham's,
        // V2a, V2b, V1b, V1c, V3b, N1 (6) against V4a, V4b, V1a, V3a (4), repeats V1b, V1c, V2b of the 5 keyed (60.0%);
        // Gravesham's row is its own as before; the partnership counts each incident once: 6 against 4 (not 10 against 6),
        // 3 repeats of 5 (60.0%).
        Assert.Contains("Dartford 4 6 +2 +50.0% 6.00 - 60.0%", text, StringComparison.Ordinal);
        Assert.Contains("Gravesham 2 4 +2 +100.0% 4.00 - 66.7%", text, StringComparison.Ordinal);
        Assert.Contains("Dartford and Gravesham 4 6 +2 +50.0% - - 60.0%", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_LSOA_two_districts_list_counts_once_in_the_partnerships_police_uk_figures_too(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres, gravesham2011InDartford: true);
        var quarter = PeriodComparison.Quarter(2025, 2);

        var partnership = Rows(await world.Tables.ComputeAsync("Dartford and Gravesham", quarter, Csp.Workbench.Assessment.Readership.Restricted, default));
        var dartford = Rows(await world.Tables.ComputeAsync("Dartford", quarter, Csp.Workbench.Assessment.Readership.Restricted, default));
        var gravesham = Rows(await world.Tables.ComputeAsync("Gravesham", quarter, Csp.Workbench.Assessment.Readership.Restricted, default));

        // ASB, April + May 2025 (the files above): Gravesham's LSOA 1 + 2 = 3, Dartford's own 1 + 1 = 2; baseline April + May
        // 2024: Gravesham 2 + 1 = 3, Dartford 0 + 1 = 1. Dartford lists Gravesham's LSOA too (2011 lookup), so its row is
        // 2 + 3 = 5 against 1 + 3 = 4; Gravesham's is 3 against 3; the partnership counts the LSOA once: 5 against 4 (not
        // the districts added up, 8 against 7), as its incident counts do.
        Assert.Equal((5m, 4m), (dartford["Anti-social behaviour incidents"].Value, dartford["Anti-social behaviour incidents"].BaselineValue));
        Assert.Equal((3m, 3m), (gravesham["Anti-social behaviour incidents"].Value, gravesham["Anti-social behaviour incidents"].BaselineValue));
        Assert.Equal((5m, 4m, 1m, false), (partnership["Anti-social behaviour incidents"].Value, partnership["Anti-social behaviour incidents"].BaselineValue,
            partnership["Anti-social behaviour incidents"].Change, partnership["Anti-social behaviour incidents"].Withheld));
        // Violence and sexual offences: Gravesham 2 (April) against 1, Dartford's own 1 (May) against 1 + 2 = 3; Dartford's row
        // 3 against 4, the partnership 3 against 4 (not 5 against 5).
        Assert.Equal((3m, 4m), (dartford["Violent crime"].Value, dartford["Violent crime"].BaselineValue));
        Assert.Equal((3m, 4m), (partnership["Violent crime"].Value, partnership["Violent crime"].BaselineValue));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_partnerships_count_that_differs_from_its_districts_by_1_to_4_is_withheld_from_a_public_reader(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres, gravesham2011InDartford: true);
        var quarter = PeriodComparison.Quarter(2025, 2);
        const string asb = "Anti-social behaviour incidents", da = "Domestic abuse incidents (incident records)";

        var shown = await world.Tables.ComputeAsync("Dartford and Gravesham", quarter, Csp.Workbench.Assessment.Readership.Public, default);
        var dartford = Rows(await world.Tables.ComputeAsync("Dartford", quarter, Csp.Workbench.Assessment.Readership.Public, default));
        var gravesham = Rows(await world.Tables.ComputeAsync("Gravesham", quarter, Csp.Workbench.Assessment.Readership.Public, default));
        var report = await world.Tables.ReportAsync("Dartford and Gravesham", quarter, Csp.Reporting.Rendering.ReportFormat.Html, Csp.Core.Reports.Classification.Public(), default);
        var restricted = await world.Tables.ReportAsync("Dartford and Gravesham", quarter, Csp.Reporting.Rendering.ReportFormat.Html, Csp.Core.Reports.Classification.Restricted(), default);

        // The districts show 5 (against 4) and 3 (against 3) ASB records; the partnership's 5 against 4 would give away the
        // shared LSOA's 3 (5 + 3 - 5) and its baseline's 3 (4 + 3 - 4): the row is withheld whole (figure, baseline, change,
        // % change and status: any of them with the districts' gives the 3 back).
        Assert.Equal((5m, 3m), (dartford[asb].Value, gravesham[asb].Value));
        var rows = Rows(shown);
        Assert.Equal(((decimal?)null, (decimal?)null, (decimal?)null, (decimal?)null, "not rated", true),
            (rows[asb].Value, rows[asb].BaselineValue, rows[asb].Change, rows[asb].PercentChange, rows[asb].Status, rows[asb].Withheld));
        // Violent crime: a gap of 2 (3 + 2 - 3) now, 1 (4 + 1 - 4) in the baseline; domestic incidents from incident records:
        // Dartford 6, Gravesham 4, the partnership 6 (a gap of 4; baseline 4 + 2 - 4 = 2). Each withheld.
        Assert.True(rows["Violent crime"].Withheld);
        Assert.Equal(((decimal?)null, true), (rows[da].Value, rows[da].Withheld));
        Assert.Contains(shown.Notes, n => n.Contains("differs from its districts' added up by fewer than 5", StringComparison.Ordinal));
        // The report (public Part 1) shows "*" for the partnership's ASB figures, says why, and states no ASB figure of it.
        var html = System.Net.WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(report.File!.Content));
        Assert.Matches(@"Anti-social behaviour incidents</th>\s*<td[^>]*>\*</td>\s*<td[^>]*>\*</td>\s*<td[^>]*>\*</td>\s*<td[^>]*>\*</td>", html);
        Assert.Contains("differs from its districts' added up by fewer than 5", html, StringComparison.Ordinal);
        // The restricted (Part 2) report shows the partnership's own figures: ASB 4 against 5 (baseline first), +1, +25.0%.
        var part2 = System.Net.WebUtility.HtmlDecode(System.Text.Encoding.UTF8.GetString(restricted.File!.Content));
        Assert.Matches(@"Anti-social behaviour incidents</th>\s*<td[^>]*>4</td>\s*<td[^>]*>5</td>\s*<td[^>]*>\+1</td>", part2);
        Assert.DoesNotContain("differs from its districts' added up", part2, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_partnerships_count_is_shown_in_public_when_it_differs_from_its_districts_by_0_or_by_5_or_more(DatabaseProvider provider)
    {
        await using var shared = await WorldAsync(provider, postgres, gravesham2011InDartford: true);
        // April-June 2024 against April-June 2023 (not held): ASB Gravesham 2 + 1 + 3 = 6, Dartford's own 0 + 1 + 0 = 1, its row
        // 1 + 6 = 7; the partnership 7. The shared LSOA's 6 is not a small number: shown.
        var year = PeriodComparison.Explicit(new MonthRange(new YearMonth(2024, 4), new YearMonth(2024, 6)), new MonthRange(new YearMonth(2023, 4), new YearMonth(2023, 6)));
        var wide = Rows(await shared.Tables.ComputeAsync("Dartford and Gravesham", year, Csp.Workbench.Assessment.Readership.Public, default))["Anti-social behaviour incidents"];
        var dartford = Rows(await shared.Tables.ComputeAsync("Dartford", year, Csp.Workbench.Assessment.Readership.Public, default))["Anti-social behaviour incidents"];
        Assert.Equal((7m, 7m, false), (wide.Value, dartford.Value, wide.Withheld));

        await using var apart = await WorldAsync(provider, postgres);
        // No LSOA shared: the partnership's ASB is its districts' added up (a gap of 0), 5 against 4, shown to the public.
        var quarter = Rows(await apart.Tables.ComputeAsync("Dartford and Gravesham", PeriodComparison.Quarter(2025, 2), Csp.Workbench.Assessment.Readership.Public, default));
        Assert.Equal((5m, 4m, "red", false), (quarter["Anti-social behaviour incidents"].Value, quarter["Anti-social behaviour incidents"].BaselineValue,
            quarter["Anti-social behaviour incidents"].Status, quarter["Anti-social behaviour incidents"].Withheld));
        Assert.Equal((6m, false), (quarter["Domestic abuse incidents (incident records)"].Value, quarter["Domestic abuse incidents (incident records)"].Withheld));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_assessments_partner_table_withholds_a_partnerships_count_that_gives_away_a_shared_LSOA_in_public(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres, gravesham2011InDartford: true);
        var gravesham = new Csp.Core.Areas.Area("E07000109", "Gravesham", Csp.Core.Areas.AreaLevel.District, "E22000352");
        var quarter = PeriodComparison.Quarter(2025, 2);

        var shown = await world.Tables.ForAssessmentAsync(gravesham, quarter, Csp.Core.Reports.Classification.Public(), default);
        var text = await AssessmentDocuments.RenderAsync(world, AssessmentDocuments.Build(shown!, quarter, Csp.Core.Reports.Classification.Public(),
            ("E07000107", "Dartford", 1000), ("E07000109", "Gravesham", 1000)), Csp.Reporting.Rendering.ReportFormat.Html);

        // As the restricted table above, Dartford 4 against 6 and Gravesham 2 against 4 show; the partnership's 4 against 6
        // (each incident once) would give away the shared LSOA's 4 now (6 + 4 - 6) and 2 in the baseline: withheld, with the
        // repeat share (of 3 victims) as before.
        Assert.Contains("Dartford 4 6 +2 +50.0% 6.00 - *", text, StringComparison.Ordinal);
        Assert.Contains("Gravesham 2 4 +2 +100.0% 4.00 - *", text, StringComparison.Ordinal);
        Assert.Contains("Dartford and Gravesham * * * * - - *", text, StringComparison.Ordinal);
        Assert.Contains("differs from its districts' added up by fewer than 5", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, Csp.Core.Performance.PerformanceRow> Rows(Csp.Workbench.Performance.PerformanceOutcome outcome) => outcome.Result!.Rows.ToDictionary(r => r.Measure);
}
