using Csp.Core.Strategy;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Testing;
using Csp.Workbench.Tests.Cases;
using Csp.Workbench.Strategy;

namespace Csp.Workbench.Tests.Strategy;

/// <summary>
/// The decision an assessment report shows, read back in plain SQL (no EF model on a cold <c>csp report</c>) on a real
/// database of each kind: the latest for the area and period, every field and priority as stored.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PriorityDecisionReadTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_report_reads_the_latest_decision_for_its_area_and_period(DatabaseProvider provider)
    {
        var database = await TestDatabases.CreateAsync(provider, postgres);
        await using (var db = database.CreateContext())
        {
            PriorityDecisionRow Decision(string period, string reasons, DateOnly? endorsed) => new()
            {
                AreaCode = "E07000109", AreaName = "Gravesham", Period = period, PeriodLabel = "Jan-Sept 25", GroupName = "Management Group",
                MeetingOn = new DateOnly(2025, 11, 4), Reasons = reasons, RecordedBy = "analyst", RecordedAt = new DateTimeOffset(2025, 11, 5, 9, 30, 0, TimeSpan.Zero),
                EndorsedOn = endorsed,
            };
            var older = Decision("2025-01..2025-09", "first", null);
            var latest = Decision("2025-01..2025-09", "second, after the consultation", new DateOnly(2025, 12, 1));
            var otherPeriod = Decision("2024-01..2024-09", "another period", null);
            db.PriorityDecisions.AddRange(older, latest, otherPeriod);
            await db.SaveChangesAsync();
            db.PriorityDecisionItems.AddRange(
                new PriorityDecisionItemRow { DecisionId = latest.Id, Position = 2, Name = "Road safety", Outcome = "Added", Rank = null, Score = null, Recommended = false },
                new PriorityDecisionItemRow { DecisionId = latest.Id, Position = 1, Name = "Violence against the person", Outcome = "Accepted", Rank = 1, Score = 61.5, Recommended = true },
                new PriorityDecisionItemRow { DecisionId = older.Id, Position = 1, Name = "Drugs", Outcome = "NotTaken", Rank = 2, Score = 40, Recommended = true });
            await db.SaveChangesAsync();
        }

        var read = (await PriorityDecisions.ForReportAsync(database, "E07000109", "2025-01..2025-09", default))!;

        Assert.Equal("second, after the consultation", read.Reasons);
        Assert.Equal(new DateOnly(2025, 11, 4), read.MeetingOn);
        Assert.Equal(new DateOnly(2025, 12, 1), read.EndorsedOn);
        Assert.Equal(new DateTimeOffset(2025, 11, 5, 9, 30, 0, TimeSpan.Zero), read.RecordedAt);
        Assert.Equal(["Violence against the person", "Road safety"], read.Priorities.Select(p => p.Name));
        Assert.Equal([PriorityOutcome.Accepted, PriorityOutcome.Added], read.Priorities.Select(p => p.Outcome));
        Assert.Equal([1, (int?)null], read.Priorities.Select(p => p.Rank));
        Assert.Equal([61.5, (double?)null], read.Priorities.Select(p => p.Score));
        Assert.Equal([true, false], read.Priorities.Select(p => p.Recommended));
        Assert.Null(await PriorityDecisions.ForReportAsync(database, "E07000107", "2025-01..2025-09", default));
        // The strategy page's read: the latest of any area and period (the other period's, recorded last).
        Assert.Equal("another period", (await PriorityDecisions.LatestAsync(database, null, null, default))!.Reasons);
    }
}
