using Csp.Core.Cases.CaseReview;
using Csp.Core.Periods;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Accounts;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Csp.Workbench.Publishing;
using Csp.Workbench.Strategy;
using Csp.Workbench.Tests.Cases;
using Csp.Workbench.Tests.Performance;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Tests.Publishing;

/// <summary>
/// Publishing the performance report and the ASB Case Review statistics on SQLite and PostgreSQL: only by an
/// administrator or analyst, frozen as published (a later return reaches the public only when published again), one of
/// each kind at a time, withdrawn on request, every step audited; the statistics with small numbers withheld (and the
/// figure that would give one away), for a year that has ended, never counting the demonstration caseload.
/// </summary>
[Collection(Cases.PostgresCollection.Name)]
public sealed class SummaryPublishingTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    private static readonly PlanUser Analyst = new("t.analyst", [Roles.Analyst]);
    private static readonly PlanUser Member = new("t.member", [Roles.Member]);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_performance_report_is_published_as_it_stood_replaced_by_the_next_and_withdrawn_on_request(DatabaseProvider provider)
    {
        await using var world = await PerformanceWorld.CreateAsync(provider, postgres);
        var summaries = world.Get<Publications>();
        await world.ImportAsync(PerformanceWorld.Sample("quarterly-2025-q2-dartford-gravesham.csv"), PerformanceWorld.Sample("youth-justice-first-time-entrants.csv"));

        Assert.Equal(["Administrators and analysts publish the performance report."], (await summaries.PublishPerformanceAsync(Member, "E22000352", "2025-Q2", Csp.Core.Reports.Classification.Public(), default)).Errors);
        Assert.Equal(["'2025-Q5' is not a quarter: write it as 2025-Q2 (April-June 2025)."], (await summaries.PublishPerformanceAsync(Analyst, "E22000352", "2025-Q5", Csp.Core.Reports.Classification.Public(), default)).Errors);
        // A ward's returned figures are never shown, so never published.
        Assert.Contains("is a ward", Assert.Single((await summaries.PublishPerformanceAsync(Analyst, "Pelham", "2025-Q2", Csp.Core.Reports.Classification.Public(), default)).Errors), StringComparison.Ordinal);
        Assert.Null(await summaries.CurrentAsync(Publications.Performance, default));

        Assert.True((await summaries.PublishPerformanceAsync(Analyst, "Dartford and Gravesham", "2025q2", Csp.Core.Reports.Classification.Public(), default)).Done);
        var published = await summaries.CurrentAsync(Publications.Performance, default);
        Assert.NotNull(published);
        Assert.Equal(("E22000352", "2025-Q2", "t.analyst", "Community Safety Partnership performance: Dartford and Gravesham, April-June 2025"),
            (published.Subject, published.Period, published.PublishedBy, published.Title));
        // Exactly the report the performance page makes, classified public.
        var report = await world.Tables.ReportAsync("E22000352", PeriodComparison.Quarter(2025, 2), ReportFormat.Html, Csp.Core.Reports.Classification.Public(), default);
        Assert.Equal(System.Text.Encoding.UTF8.GetString(report.File!.Content), published.Html);
        Assert.Contains("Part 1 - Public", published.Html, StringComparison.Ordinal);
        Assert.Equal("April to June 2025", Publications.PeriodInWords(Publications.Performance, published.Period));

        // A return that arrives later changes the page's report at once, the published copy only when published again.
        await world.ImportAsync(PerformanceWorld.Sample("kcvs-asb-perception.csv"));
        Assert.DoesNotContain("ASB perception, Gravesham", (await summaries.CurrentAsync(Publications.Performance, default))!.Html, StringComparison.Ordinal);
        Assert.True((await summaries.PublishPerformanceAsync(Analyst, "E22000352", "2025-Q2", Csp.Core.Reports.Classification.Public(), default)).Done);
        Assert.Contains("ASB perception, Gravesham", (await summaries.CurrentAsync(Publications.Performance, default))!.Html, StringComparison.Ordinal);
        Assert.Equal([Publications.Performance], (await summaries.ListAsync(default)).Select(i => i.Kind));

        Assert.Equal(["Administrators and analysts withdraw what is published."], (await summaries.WithdrawAsync(Member, Publications.Performance, default)).Errors);
        Assert.True((await summaries.WithdrawAsync(Analyst, Publications.Performance, default)).Done);
        Assert.Null(await summaries.CurrentAsync(Publications.Performance, default));
        Assert.Empty(await summaries.ListAsync(default));
        Assert.Equal(["Nothing of that kind is published."], (await summaries.WithdrawAsync(Analyst, Publications.Performance, default)).Errors);

        await using var check = world.Database.CreateContext();
        Assert.Equal(2, await check.Publications.CountAsync(p => p.WithdrawnBy == "t.analyst"));
        var audit = await check.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.SummaryPublished || e.Action == AuditActions.SummaryWithdrawn).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.SummaryPublished, AuditActions.SummaryPublished, AuditActions.SummaryWithdrawn], audit.Select(e => e.Action));
        Assert.All(audit, e => Assert.Equal(("t.analyst", "performance E22000352 2025-Q2"), (e.UserName, e.Target)));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_case_review_statistics_withhold_small_numbers_and_what_would_reveal_them_and_name_no_one(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var summaries = world.Get<Publications>();
        var officer = CaseWorld.Officer();
        var (id, victim) = await world.CaseWithVictimAsync(officer);
        // 2024/25: seven applications; two where the threshold was not met, five reviews held, each with recommendations.
        // 2 is withheld; 5 held would then give it away (7 - 5), so it is withheld too; 5 with recommendations is shown.
        for (var i = 0; i < 7; i++)
        {
            var received = new DateOnly(2024, 5, 1).AddDays(14 * i);
            var complaints = new[] { new Complaint(received.AddDays(-20), received.AddDays(-21), "Council") };
            var applied = await world.Cases.ApplyForReviewAsync(officer, id, received, victim, false, true, complaints, default);
            Assert.True(applied.Done, string.Join("; ", applied.Errors));
            var progress = i < 2
                ? new CaseReviewProgress(received.AddDays(2), received.AddDays(5), false, null, null, null, "Not met")
                : new CaseReviewProgress(received.AddDays(2), received.AddDays(5), true, received.AddDays(20), received.AddDays(25), 3, "Recommendations to the housing provider");
            Assert.True((await world.Cases.DecideReviewAsync(officer, id, applied.Id, progress, default)).Done);
        }

        Assert.Equal(["Administrators and analysts publish the ASB Case Review statistics."], (await summaries.PublishCaseReviewStatisticsAsync(Member, 2024, default)).Errors);
        Assert.Equal(["The financial year 2025/26 has not ended (it ends 31 March 2026): publish its figures once it has."],
            (await summaries.PublishCaseReviewStatisticsAsync(Analyst, 2025, default)).Errors);
        Assert.True((await summaries.PublishCaseReviewStatisticsAsync(Analyst, 2024, default)).Done);

        var published = await summaries.CurrentAsync(Publications.CaseReviewStatistics, default);
        Assert.NotNull(published);
        Assert.Equal(("2024", "2024-04-01..2025-03-31", "ASB Case Reviews 2024/25"), (published.Subject, published.Period, published.Title));
        var cells = Cells(published.Html);
        Assert.Equal(["7", "*", "*", "5"], cells);
        Assert.Contains("Part 1 - Public", published.Html, StringComparison.Ordinal);
        // Nothing about the case or the people on it.
        foreach (var personal in new[] { "Vera Victim", "Example Road", "ZZ99", "zz99", "Pelham", "housing provider", "CR-2024" })
            Assert.DoesNotContain(personal, published.Html, StringComparison.Ordinal);
        Assert.Equal("Financial year 2024/25", Publications.PeriodInWords(Publications.CaseReviewStatistics, published.Period));

        await using var check = world.Database.CreateContext();
        var audit = await check.AuditLog.AsNoTracking().SingleAsync(e => e.Action == AuditActions.SummaryPublished);
        Assert.Equal(("t.analyst", "case-review-statistics 2024 2024-04-01..2025-03-31"), (audit.UserName, audit.Target));
    }

    /// <summary>The figures of the statistics table in row order, as printed.</summary>
    private static List<string> Cells(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, @"<td class=""num[^""]*""[^>]*>([^<]*)</td>").Select(m => m.Groups[1].Value).ToList();
}
