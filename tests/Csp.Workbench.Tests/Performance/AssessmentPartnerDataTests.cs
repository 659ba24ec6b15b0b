using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Periods;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Testing;

namespace Csp.Workbench.Tests.Performance;

/// <summary>
/// The Strategic Assessment's partner data (seed 000's tables T2, T3, T5 and T6): the sample returns, built from the
/// figures seed 000 publishes, imported through the real importer into both databases, gathered for the assessment's
/// period, and read back from each of the report's four formats as the seed prints them.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class AssessmentPartnerDataTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static readonly ReportFormat[] Formats = [ReportFormat.Html, ReportFormat.Docx, ReportFormat.Xlsx, ReportFormat.Pdf];

    /// <summary>Seed 000's Strategic Assessment 2010: October 2009 to September 2010 against the year before.</summary>
    private static readonly PeriodComparison Sa2010 = PeriodComparison.Explicit(new MonthRange(new YearMonth(2009, 10), new YearMonth(2010, 9)), new MonthRange(new YearMonth(2008, 10), new YearMonth(2009, 9)));

    private static readonly PeriodComparison Sa2011 = PeriodComparison.Explicit(new MonthRange(new YearMonth(2010, 10), new YearMonth(2011, 9)), new MonthRange(new YearMonth(2009, 10), new YearMonth(2010, 9)));

    private static async Task<PerformanceWorld> WorldAsync(DatabaseProvider provider, PostgresServer postgres)
    {
        var world = await PerformanceWorld.CreateAsync(provider, postgres);
        var reports = await world.ImportAsync(PerformanceWorld.Sample("domestic-abuse-strategic-assessment-2010.csv"), PerformanceWorld.Sample("youth-justice-first-time-entrants.csv"),
            PerformanceWorld.Sample("kcvs-asb-perception.csv"), PerformanceWorld.Sample("probation-caseload.csv"));
        Assert.All(reports, r => Assert.Empty(r.Issues));
        return world;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_domestic_abuse_and_youth_justice_tables_of_the_2010_assessment_read_as_seed_000_publishes_them_in_every_format(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres);
        var gravesham = new Area("E07000109", "Gravesham", AreaLevel.District, "E22000352");

        var partners = await world.Tables.ForAssessmentAsync(gravesham, Sa2010, Classification.Public(), default);

        // The rows: the partnership's districts, the partnership, the force area, and the county council returns name.
        Assert.Equal(["Dartford", "Gravesham", "Dartford and Gravesham", "Kent", "KCC Area"], partners!.Areas.Select(a => a.Label));
        // The residents that give seed 000's published rates per 1,000 (1,320 / 71,895 x 1,000 = 18.36; 1,606 / 76,186 = 21.08;
        // 21,561 / 1,284,923 = 16.78), so the table's rate is checked against the seed's.
        var document = AssessmentDocuments.Build(partners, Sa2010, Classification.Public(), ("E07000107", "Dartford", 71_895), ("E07000109", "Gravesham", 76_186), ("E23000032", "Kent", 1_284_923));
        foreach (var format in Formats)
        {
            var text = await AssessmentDocuments.RenderAsync(world, document, format);
            var xlsx = format == ReportFormat.Xlsx;
            // T2, seed 000 lines 120-147: Oct-Sept 09, Oct-Sept 10, No. change, % change, per 1,000 pop, No. repeat victims, % repeat victims.
            Assert.Contains("Strategic Assessment 2010: Domestic abuse data", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Dartford 1247 1320 73 5.9 18.36 286 21.7" : "Dartford 1,247 1,320 +73 +5.9% 18.36 286 21.7%", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Gravesham 1686 1606 -80 -4.7 21.08 373 23.2" : "Gravesham 1,686 1,606 -80 -4.7% 21.08 373 23.2%", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Kent 21239 21561 322 1.5 16.78 5032 23.3" : "Kent 21,239 21,561 +322 +1.5% 16.78 5,032 23.3%", text, StringComparison.Ordinal);
            Assert.Contains("Dartford, Gravesham, Kent: Kent Police (partner return, not published at row level), for the whole period to 30 September 2010", text, StringComparison.Ordinal);
            // T3, seed 000 lines 191-199, the KCC Area's total as published (630 + 113 is 743, not 1,743) and flagged.
            Assert.Contains("Strategic Assessment 2010: New entrants to the Youth Justice System", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Dartford 27 90 117 43 80 123 5.1" : "Dartford 27 90 117 43 80 123 +5.1%", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Gravesham 50 135 185 52 103 155 -16.2" : "Gravesham 50 135 185 52 103 155 -16.2%", text, StringComparison.Ordinal);
            // (The PDF's narrow first column puts the flag on a line of its own.)
            Assert.Matches(xlsx ? "KCC Area \u2020 838 1538 2376 630 113 1743 -26.6" : "KCC Area (\u2020 )?838 1,538 2,376 630 113 1,743 -26.6%", text);
            Assert.Contains("All is 1,743 but Female + Male is 743", text, StringComparison.Ordinal);
            // The youth justice year ends in June: three months of data lag before the assessment's September.
            Assert.Contains("the latest figures returned end on 30 June 2010, 3 months before the end of the assessment period", text, StringComparison.Ordinal);
            // No survey or probation figures for a period ending in the twelve months to September 2010: said, not left out.
            // (A sentence is not in the Excel workbook, which holds the tables and their notes.)
            if (!xlsx) Assert.Contains("No survey of perceptions of anti-social behaviour is returned by behaviour", text, StringComparison.Ordinal);
            if (!xlsx) Assert.Contains("No probation caseload is returned", text, StringComparison.Ordinal);
            // The seed's figures are published: nothing is labelled EXAMPLE.
            Assert.DoesNotContain("EXAMPLE", text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_perception_and_probation_tables_of_the_2011_assessment_show_points_u_a_and_shares(DatabaseProvider provider)
    {
        await using var world = await WorldAsync(provider, postgres);
        var gravesham = new Area("E07000109", "Gravesham", AreaLevel.District, "E22000352");

        var partners = await world.Tables.ForAssessmentAsync(gravesham, Sa2011, Classification.Public(), default);

        var document = AssessmentDocuments.Build(partners!, Sa2011, Classification.Public(), ("E07000109", "Gravesham", 76_186));
        foreach (var format in provider == DatabaseProvider.Sqlite ? Formats : [ReportFormat.Html])
        {
            var text = await AssessmentDocuments.RenderAsync(world, document, format);
            var xlsx = format == ReportFormat.Xlsx;
            // T5, seed 000 lines 468-478: Apr-Jun 10 against Apr-Jun 11, the change in percentage points (28.2 - 18.9), u/a never 0.
            Assert.Contains("Strategic Assessment 2011: ASB perception, Gravesham", text, StringComparison.Ordinal);
            Assert.Contains("Change (percentage points)", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Teenagers hanging around 28.2 18.9 -9.3" : "Teenagers hanging around 28.2% 18.9% -9.3", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Speeding vehicles u/a 22.3 u/a" : "Speeding vehicles u/a 22.3% u/a", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "% perceived high level of ASB 9.4 7.6 -1.8" : "% perceived high level of ASB 9.4% 7.6% -1.8", text, StringComparison.Ordinal);
            Assert.Contains("Kent Crime and Victimisation Survey (partner return)", text, StringComparison.Ordinal);
            // T6, seed 000 lines 956-1031: counts with their shares of the total returned, the tiers as returned shares.
            // 3,000 of 4,500 is 66.7% (the seed prints 66%: its figures are approximate, and it says so).
            Assert.Contains("Strategic Assessment 2011: Probation caseload by sentence type, Kent", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Community 4500 75 Custody 1500 25 Total 6000 100" : "Community 4,500 75.0% Custody 1,500 25.0% Total 6,000 100.0%", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "Supervision 3000 66.7 Community Payback 1000 22.2 Licence 500 11.1" : "Supervision 3,000 66.7% Community Payback 1,000 22.2% Licence 500 11.1%", text, StringComparison.Ordinal);
            Assert.Contains(xlsx ? "1 12 2 30 3 45 4 13" : "1 12.0% 2 30.0% 3 45.0% 4 13.0%", text, StringComparison.Ordinal);
            Assert.Contains("All figures are approximate", text, StringComparison.Ordinal);
            Assert.Contains("the latest figures returned end on 30 June 2011, 3 months before the end of the assessment period", text, StringComparison.Ordinal);
            Assert.Contains("The figures cover to 30 September 2011, the end of the assessment period", text, StringComparison.Ordinal);
            // The domestic abuse return for Gravesham covers April-July 2011 only, not the year; the youth justice year to June 2010 is too old.
            if (!xlsx) Assert.Contains("No domestic abuse figures are held", text, StringComparison.Ordinal);
            if (!xlsx) Assert.Contains("No new entrants to the Youth Justice System are returned by sex", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_returned_count_of_few_repeat_victims_and_the_share_on_it_are_withheld_from_a_public_reader_only()
    {
        await using var world = await PerformanceWorld.CreateAsync(DatabaseProvider.Sqlite, postgres);
        // Worked by hand: 3 repeat victims of 10 incidents in Gravesham, October 2009 to September 2010: 30.0%, on a base of 3.
        var file = Path.Combine(Csp.Testing.PoliceFiles.TempDirectory(), "few-repeat-victims.csv");
        await File.WriteAllTextAsync(file, """
            measure,area,period_start,period_end,breakdown,value,unit,source,note
            Domestic abuse repeat victims,Gravesham,2009-10-01,2010-09-30,,3,count,Kent Police,hand-worked
            Domestic abuse repeat victims (%),Gravesham,2009-10-01,2010-09-30,,30.0,percentage,Kent Police,hand-worked
            Domestic abuse repeat victims (%),Gravesham,2009-10-01,2010-09-30,base=numerator,3,count,Kent Police,hand-worked
            Domestic abuse repeat victims (%),Gravesham,2009-10-01,2010-09-30,base=denominator,10,count,Kent Police,hand-worked
            """);
        Assert.All(await world.ImportAsync(PerformanceWorld.File(file)), r => Assert.Empty(r.Issues));
        var gravesham = new Area("E07000109", "Gravesham", AreaLevel.District, "E22000352");

        foreach (var (classification, shown) in new[] { (Classification.Public(), false), (Classification.Restricted(), true) })
        {
            var partners = await world.Tables.ForAssessmentAsync(gravesham, Sa2010, classification, default);
            var text = await AssessmentDocuments.RenderAsync(world, AssessmentDocuments.Build(partners!, Sa2010, classification), ReportFormat.Html);
            if (shown)
            {
                Assert.Contains("Gravesham - - - - - 3 30.0%", text, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains("Gravesham - - - - - * *", text, StringComparison.Ordinal);
                Assert.DoesNotContain("30.0%", text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Example_figures_are_labelled_wherever_they_show()
    {
        await using var world = await PerformanceWorld.CreateAsync(DatabaseProvider.Sqlite, postgres);
        Assert.All(await world.ImportAsync(PerformanceWorld.Sample("quarterly-2025-q2-dartford-gravesham.csv")), r => Assert.Empty(r.Issues));
        var periods = PeriodComparison.Quarter(2025, 2);

        var partners = await world.Tables.ForAssessmentAsync(new Area("E07000109", "Gravesham", AreaLevel.District, "E22000352"), periods, Classification.Public(), default);

        var text = await AssessmentDocuments.RenderAsync(world, AssessmentDocuments.Build(partners!, periods, Classification.Public()), ReportFormat.Html);
        // The examples' domestic abuse repeat share for April-June 2025 shows (no incidents are returned with it), labelled.
        Assert.Contains("Strategic Assessment 2025: Domestic abuse data (EXAMPLE)", text, StringComparison.Ordinal);
        Assert.Contains("Gravesham - - - - - - 24.1%", text, StringComparison.Ordinal);
        Assert.Contains(PartnerDataSection.ExampleNote, text, StringComparison.Ordinal);
    }
}

/// <summary>A Strategic Assessment document around the partner data, for an area whose own police.uk figures these tests do not need.</summary>
internal static class AssessmentDocuments
{
    public static ReportDocument Build(Core.Performance.PartnerFigures partners, PeriodComparison periods, Classification classification, params (string Code, string Name, long Residents)[] residents)
    {
        AssessmentResult Assessed(string code, string name, long? population) => new(new AreaRef(code, name, "District"), Ref(periods.Period), Ref(periods.Baseline), "explicit",
            population is null ? null : periods.Period.To.Year, population, null, null, null, "Kent", false, [], [], [], [], []);
        var area = Assessed("E07000109", "Gravesham", residents.FirstOrDefault(r => r.Code == "E07000109").Residents is > 0 and var g ? g : null);
        var neighbours = residents.Select(r => Assessed(r.Code, r.Name, r.Residents)).ToList();
        var inputs = new ReportInputs(area, [], neighbours, [], null, "Dartford and Gravesham", [], ReportTemplate.Empty, classification, new DateOnly(2010, 11, 1)) { Partners = partners };
        return AssessmentReport.Build(inputs);
    }

    private static PeriodRef Ref(MonthRange months) => new(months.From.ToString(), months.To.ToString(), months.MonthCount, months.Label());

    public static async Task<string> RenderAsync(PerformanceWorld world, ReportDocument document, ReportFormat format)
    {
        var renderers = world.Get<ReportRenderers>();
        await renderers.WarmUpAsync(format, default);
        using var buffer = new MemoryStream();
        await renderers.For(format).RenderAsync(document, buffer, default);
        return await ReportText.CellsAsync(format, buffer.ToArray());
    }
}
