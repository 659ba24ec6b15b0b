using System.Globalization;
using System.Text;
using Csp.Core.Cases.CaseReview;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Areas;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Csp.Workbench.Performance;
using Csp.Workbench.Strategy;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Publishing;

/// <summary>
/// Publishing to the public page beside the strategy (issue 17, "Publishing"): the quarterly performance report of an area
/// and the ASB Case Review statistics of a financial year, each only by an administrator's or analyst's explicit action,
/// frozen as HTML at that moment, so a later return, correction or case reaches the public only when someone publishes
/// again. One of each kind is published at a time: publishing again replaces it, a withdrawal takes it down. Every
/// publication and withdrawal is audited.
/// <para>
/// What may be published: the performance report exactly as <see cref="PerformanceTables.ReportAsync"/> makes it, which
/// is classified public, is made only for districts, partnerships and force areas (never a ward or an LSOA, where the
/// product withholds small counts) and has passed <see cref="PublicOutput"/>'s check; anything else is refused. The Case
/// Review statistics are counts only, over every agency's cases except the demonstration caseload, each from 1 to
/// <see cref="SuppressBelow"/> - 1 withheld with the figure that would reveal it, for a financial year that has ended.
/// </para>
/// </summary>
public sealed class PublicSummaries(CspDatabase database, PerformanceTables performance, AreaFinder areas, AsbCases cases, Publications strategy,
    ReportRenderers renderers, TimeProvider clock)
{
    public const string Performance = "performance";

    public const string CaseReviewStatistics = CaseReviewStatisticsReport.Kind;

    public static IReadOnlyList<string> Kinds { get; } = [Performance, CaseReviewStatistics];

    /// <summary>The public threshold: counts from 1 to 4 withheld, as in every public (Part 1) output.</summary>
    public static int SuppressBelow => Classification.Public().SuppressBelow;

    /// <summary>Where the public reads each kind.</summary>
    public static string PathOf(string kind) => kind switch
    {
        Publications.Strategy => "/public/strategy",
        Publications.StrategyOnAPage => "/public/strategy/page",
        Performance => "/public/performance",
        CaseReviewStatistics => "/public/case-review",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of publication."),
    };

    /// <summary>A published period in words: "April to June 2025" for 2025-Q2, "2025/26" for 2025-04-01..2026-03-31; empty for the strategy's (its title says it).</summary>
    public static string PeriodInWords(string kind, string period)
    {
        if (kind == Performance && PerformancePeriods.TryQuarter(period, out var year, out var q))
        {
            var first = new DateOnly(year, q * 3 - 2, 1);
            return $"{first.ToString("MMMM", EnGb)} to {first.AddMonths(2).ToString("MMMM yyyy", EnGb)}";
        }
        if (kind == CaseReviewStatistics && period.Length >= 4 && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return "Financial year " + Year(new DateOnly(start, 4, 1), new DateOnly(start + 1, 3, 31));
        }
        return "";
    }

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>Publishes the quarterly performance report of <paramref name="areaQuery"/> for <paramref name="quarter"/> (2025-Q2), replacing the one published.</summary>
    public async Task<PlanChange> PublishPerformanceAsync(PlanUser by, string areaQuery, string quarter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts publish the performance report.");
        if (!PerformancePeriods.TryParse(quarter, null, null, out var periods, out var problem)) return PlanChange.Refused(problem!);
        var outcome = await performance.ReportAsync(areaQuery, periods!, ReportFormat.Html, cancellationToken).ConfigureAwait(false);
        if (outcome.File is not { } file) return PlanChange.Refused(outcome.Detail ?? "The performance report cannot be made.");
        if (file.ClassificationLabel != Classification.Public().Label) return PlanChange.Refused("Only a report classified public can be published.");
        var area = (await areas.FindAsync(areaQuery, null, cancellationToken).ConfigureAwait(false)).Area!;
        PerformancePeriods.TryQuarter(quarter, out var year, out var q);
        var period = string.Create(CultureInfo.InvariantCulture, $"{year}-Q{q}");
        return await PublishAsync(by, Performance, area.Code, period, file.Title, Encoding.UTF8.GetString(file.Content), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Publishes the ASB Case Review statistics of the financial year starting 1 April <paramref name="financialYear"/>
    /// (2025: April 2025 to March 2026), replacing those published. Refused for a year that has not ended.
    /// </summary>
    public async Task<PlanChange> PublishCaseReviewStatisticsAsync(PlanUser by, int financialYear, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts publish the ASB Case Review statistics.");
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (financialYear is < 2014 or > 2100) return PlanChange.Refused($"{financialYear.ToString(CultureInfo.InvariantCulture)} is not a financial year the ASB Case Review has run in (from 2014).");
        var from = new DateOnly(financialYear, 4, 1);
        var to = from.AddYears(1).AddDays(-1);
        if (to >= today)
        {
            return PlanChange.Refused($"The financial year {Year(from, to)} has not ended (it ends {to.ToString("d MMMM yyyy", EnGb)}): publish its figures once it has.");
        }
        var figures = await cases.PublishedFiguresAsync(from, to, SuppressBelow, cancellationToken).ConfigureAwait(false);
        var document = CaseReviewStatisticsReport.Build(figures, SuppressBelow, today);
        using var buffer = new MemoryStream();
        await renderers.For(ReportFormat.Html).RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var period = string.Create(CultureInfo.InvariantCulture, $"{from:yyyy-MM-dd}..{to:yyyy-MM-dd}");
        return await PublishAsync(by, CaseReviewStatistics, financialYear.ToString(CultureInfo.InvariantCulture), period, document.Title, Encoding.UTF8.GetString(buffer.ToArray()),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Takes the published item of <paramref name="kind"/> down: its public page shows nothing until something is published again.</summary>
    public async Task<PlanChange> WithdrawAsync(PlanUser by, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!Kinds.Contains(kind)) return PlanChange.Refused($"'{kind}' is not something published here: {string.Join(" or ", Kinds)}.");
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts withdraw what is published.");
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow();
        var withdrawn = await WithdrawCurrentAsync(db, kind, by.UserName, now, cancellationToken).ConfigureAwait(false);
        if (withdrawn.Count == 0) return PlanChange.Refused("Nothing of that kind is published.");
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = by.UserName, Action = AuditActions.SummaryWithdrawn, Address = by.Address,
            Target = Target(withdrawn[0]), Detail = withdrawn[0].Title,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(withdrawn[0].Id);
    }

    /// <summary>What the public page of <paramref name="kind"/> shows, or null when nothing is published.</summary>
    public async Task<PublishedSummary?> CurrentAsync(string kind, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.PublishedSummaries.AsNoTracking().Where(p => p.Kind == kind && p.WithdrawnAt == null).OrderByDescending(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : new PublishedSummary(row.Id, row.Kind, row.Subject, row.Period, row.Title, row.Html, row.PublishedBy, row.PublishedAt);
    }

    /// <summary>Everything the public page lists, in its order: the strategy, Strategy on a Page, the performance report, the Case Review statistics (only those published).</summary>
    public async Task<IReadOnlyList<PublishedItem>> ListAsync(CancellationToken cancellationToken)
    {
        var items = new List<PublishedItem>();
        foreach (var kind in Publications.Kinds)
        {
            if (await strategy.CurrentAsync(kind, cancellationToken).ConfigureAwait(false) is { } s)
                items.Add(new PublishedItem(kind, s.Title, "", PathOf(kind), s.PublishedBy, s.PublishedAt));
        }
        foreach (var kind in Kinds)
        {
            if (await CurrentAsync(kind, cancellationToken).ConfigureAwait(false) is { } p)
                items.Add(new PublishedItem(kind, p.Title, p.Period, PathOf(kind), p.PublishedBy, p.PublishedAt));
        }
        return items;
    }

    private async Task<PlanChange> PublishAsync(PlanUser by, string kind, string subject, string period, string title, string html, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await WithdrawCurrentAsync(db, kind, by.UserName, now, cancellationToken).ConfigureAwait(false);
        var row = new PublishedSummaryRow { Kind = kind, Subject = subject, Period = period, Title = title, Html = html, PublishedBy = by.UserName, PublishedAt = now };
        db.PublishedSummaries.Add(row);
        db.AuditLog.Add(new AuditEntryRow { At = now, UserName = by.UserName, Action = AuditActions.SummaryPublished, Address = by.Address, Target = Target(row), Detail = title });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(row.Id);
    }

    private static async Task<List<PublishedSummaryRow>> WithdrawCurrentAsync(CspDbContext db, string kind, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await db.PublishedSummaries.Where(p => p.Kind == kind && p.WithdrawnAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in current)
        {
            row.WithdrawnAt = now;
            row.WithdrawnBy = by;
        }
        return current;
    }

    private static string Target(PublishedSummaryRow row) => $"{row.Kind} {row.Subject} {row.Period}";

    private static string Year(DateOnly from, DateOnly to) =>
        $"{from.Year.ToString(CultureInfo.InvariantCulture)}/{(to.Year % 100).ToString("D2", CultureInfo.InvariantCulture)}";
}
