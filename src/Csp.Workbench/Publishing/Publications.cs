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
/// Everything the partnership publishes to the public page (issue 17, "Publishing"), by one mechanism and in one table: the
/// strategy with its Strategy on a Page, the quarterly performance report of an area and the ASB Case Review statistics of
/// a financial year. Each is published only by an administrator's or analyst's explicit action, frozen as HTML at that
/// moment, so a later draft, return, correction or case reaches the public only when someone publishes again. One of each
/// kind is published at a time: publishing again replaces it, a withdrawal takes it down (the rows are kept with who
/// withdrew them). Every publication and withdrawal is audited: the strategy as <see cref="AuditActions.StrategyPublished"/>
/// and <see cref="AuditActions.StrategyWithdrawn"/>, the others as <see cref="AuditActions.SummaryPublished"/> and
/// <see cref="AuditActions.SummaryWithdrawn"/>.
/// <para>
/// What may be published: documents classified public only. The strategy document and Strategy on a Page are public by
/// construction (no personal data, no small numbers). The performance report exactly as
/// <see cref="PerformanceTables.ReportAsync"/> makes it, which is classified public, is made only for districts,
/// partnerships and force areas (never a ward or an LSOA, where the product withholds small counts) and has passed
/// <see cref="PublicOutput"/>'s check. The Case Review statistics are counts only, over every agency's cases except the
/// demonstration caseload, each from 1 to <see cref="SuppressBelow"/> - 1 withheld with the figure that would reveal it,
/// for a financial year that has ended. Anything else is refused.
/// </para>
/// </summary>
public sealed class Publications(CspDatabase database, PerformanceTables performance, AreaFinder areas, AsbCases cases, Strategies strategies,
    ReportRenderers renderers, TimeProvider clock)
{
    public const string Strategy = "strategy";

    public const string StrategyOnAPage = "strategy-on-a-page";

    public const string Performance = "performance";

    public const string CaseReviewStatistics = CaseReviewStatisticsReport.Kind;

    /// <summary>Every kind, in the order the public page lists them.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [Strategy, StrategyOnAPage, Performance, CaseReviewStatistics];

    /// <summary>The public threshold: counts from 1 to 4 withheld, as in every public (Part 1) output.</summary>
    public static int SuppressBelow => Classification.Public().SuppressBelow;

    /// <summary>Where the public reads each kind.</summary>
    public static string PathOf(string kind) => kind switch
    {
        Strategy => "/public/strategy",
        StrategyOnAPage => "/public/strategy/page",
        Performance => "/public/performance",
        CaseReviewStatistics => "/public/case-review",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a kind of publication."),
    };

    /// <summary>A published period in words: "April to June 2025" for 2025-Q2, "Financial year 2025/26" for 2025-04-01..2026-03-31, the strategy's own ("2016-19") as it is.</summary>
    public static string PeriodInWords(string kind, string period)
    {
        ArgumentNullException.ThrowIfNull(period);
        if (kind == Performance && PerformancePeriods.TryQuarter(period, out var year, out var q))
        {
            var first = new DateOnly(year, q * 3 - 2, 1);
            return $"{first.ToString("MMMM", EnGb)} to {first.AddMonths(2).ToString("MMMM yyyy", EnGb)}";
        }
        if (kind == CaseReviewStatistics && period.Length >= 4 && int.TryParse(period.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start))
        {
            return "Financial year " + Year(new DateOnly(start, 4, 1), new DateOnly(start + 1, 3, 31));
        }
        return period;
    }

    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>
    /// Publishes a strategy version (the current one when <paramref name="strategyId"/> is null) with its Strategy on a
    /// Page, replacing what was published of both. The change's id is the version's.
    /// </summary>
    public async Task<PlanChange> PublishStrategyAsync(PlanUser by, long? strategyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts publish the strategy.");
        StrategyRow? version;
        await using (var db = database.CreateContext()) version = await PlanRows.CurrentAsync(db, strategyId, cancellationToken).ConfigureAwait(false);
        if (version is null) return PlanChange.Refused("No strategy is held: import one first.");
        var document = await strategies.DocumentAsync(version.Id, ReportFormat.Html, cancellationToken).ConfigureAwait(false);
        var page = await strategies.PageAsync(version.Id, ReportFormat.Html, cancellationToken).ConfigureAwait(false);
        if (document is null || page is null) return PlanChange.Refused("No strategy is held: import one first.");
        if (!IsPublic(document) || !IsPublic(page)) return PlanChange.Refused("Only a document classified public can be published.");
        var subject = version.Id.ToString(CultureInfo.InvariantCulture);
        await PublishAsync(by, [(Strategy, document.Title, Html(document)), (StrategyOnAPage, page.Title, Html(page))], subject, version.Period,
            AuditActions.StrategyPublished, $"strategy {subject}", $"{document.Title}; {page.Title}", cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(version.Id);
    }

    /// <summary>Publishes the quarterly performance report of <paramref name="areaQuery"/> for <paramref name="quarter"/> (2025-Q2), replacing the one published.</summary>
    /// <param name="classification">Only a public (Part 1) report is published: a restricted (Part 2) one is refused before it is made.</param>
    public async Task<PlanChange> PublishPerformanceAsync(PlanUser by, string areaQuery, string quarter, Classification classification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        ArgumentNullException.ThrowIfNull(classification);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts publish the performance report.");
        if (!classification.IsPublic) return PlanChange.Refused($"A restricted ({classification.Label}) performance report is never published: only the public (Part 1) report is.");
        if (!PerformancePeriods.TryParse(quarter, null, null, out var periods, out var problem)) return PlanChange.Refused(problem!);
        var outcome = await performance.ReportAsync(areaQuery, periods!, ReportFormat.Html, classification, cancellationToken).ConfigureAwait(false);
        if (outcome.File is not { } file) return PlanChange.Refused(outcome.Detail ?? "The performance report cannot be made.");
        if (file.ClassificationLabel != Classification.Public().Label) return PlanChange.Refused("Only a report classified public can be published.");
        var area = (await areas.FindAsync(areaQuery, null, cancellationToken).ConfigureAwait(false)).Area!;
        PerformancePeriods.TryQuarter(quarter, out var year, out var q);
        var period = string.Create(CultureInfo.InvariantCulture, $"{year}-Q{q}");
        return await PublishSummaryAsync(by, Performance, area.Code, period, file.Title, Html(file), cancellationToken).ConfigureAwait(false);
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
        return await PublishSummaryAsync(by, CaseReviewStatistics, financialYear.ToString(CultureInfo.InvariantCulture), period, document.Title, Encoding.UTF8.GetString(buffer.ToArray()),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the published item of <paramref name="kind"/> down: its public page shows nothing until something is published
    /// again. The strategy and Strategy on a Page go down together (they are published together); the change's id is then
    /// the strategy version's, else the withdrawn row's.
    /// </summary>
    public async Task<PlanChange> WithdrawAsync(PlanUser by, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!Kinds.Contains(kind)) return PlanChange.Refused($"'{kind}' is not something published here: {string.Join(", ", Kinds)}.");
        var strategy = kind is Strategy or StrategyOnAPage;
        if (!by.ManagesPlan) return PlanChange.Refused(strategy ? "Administrators and analysts withdraw the published strategy." : "Administrators and analysts withdraw what is published.");
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow();
        var withdrawn = await WithdrawCurrentAsync(db, strategy ? [Strategy, StrategyOnAPage] : [kind], by.UserName, now, cancellationToken).ConfigureAwait(false);
        if (withdrawn.Count == 0) return PlanChange.Refused(strategy ? "Nothing is published." : "Nothing of that kind is published.");
        var first = withdrawn[0];
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = by.UserName, Action = strategy ? AuditActions.StrategyWithdrawn : AuditActions.SummaryWithdrawn, Address = by.Address,
            Target = strategy ? $"strategy {first.Subject}" : Target(first), Detail = string.Join("; ", withdrawn.Select(w => w.Title)),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(strategy && long.TryParse(first.Subject, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : first.Id);
    }

    /// <summary>What the public page of <paramref name="kind"/> shows, or null when nothing is published.</summary>
    public async Task<Publication?> CurrentAsync(string kind, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.Publications.AsNoTracking().Where(p => p.Kind == kind && p.WithdrawnAt == null).OrderByDescending(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : Of(row);
    }

    /// <summary>Everything the public page lists, in its order: the strategy, Strategy on a Page, the performance report, the Case Review statistics (only those published).</summary>
    public async Task<IReadOnlyList<PublishedItem>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        // The current row of each kind, without its HTML.
        var current = await db.Publications.AsNoTracking().Where(p => p.WithdrawnAt == null)
            .Select(p => new { p.Id, p.Kind, p.Title, p.Period, p.PublishedBy, p.PublishedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var items = new List<PublishedItem>();
        foreach (var kind in Kinds)
        {
            if (current.Where(p => p.Kind == kind).MaxBy(p => p.Id) is { } p) items.Add(new PublishedItem(kind, p.Title, p.Period, PathOf(kind), p.PublishedBy, p.PublishedAt));
        }
        return items;
    }

    private async Task PublishAsync(PlanUser by, IReadOnlyList<(string Kind, string Title, string Html)> items, string subject, string period, string action, string target,
        string detail, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await WithdrawCurrentAsync(db, items.Select(i => i.Kind).ToList(), by.UserName, now, cancellationToken).ConfigureAwait(false);
        var rows = items.Select(i => new PublicationRow { Kind = i.Kind, Subject = subject, Period = period, Title = i.Title, Html = i.Html, PublishedBy = by.UserName, PublishedAt = now })
            .ToList();
        db.Publications.AddRange(rows);
        db.AuditLog.Add(new AuditEntryRow { At = now, UserName = by.UserName, Action = action, Address = by.Address, Target = target, Detail = detail });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<PlanChange> PublishSummaryAsync(PlanUser by, string kind, string subject, string period, string title, string html, CancellationToken cancellationToken)
    {
        await PublishAsync(by, [(kind, title, html)], subject, period, AuditActions.SummaryPublished, $"{kind} {subject} {period}", title, cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok((await CurrentAsync(kind, cancellationToken).ConfigureAwait(false))!.Id);
    }

    private static async Task<List<PublicationRow>> WithdrawCurrentAsync(CspDbContext db, IReadOnlyList<string> kinds, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await db.Publications.Where(p => kinds.Contains(p.Kind) && p.WithdrawnAt == null).OrderBy(p => p.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in current)
        {
            row.WithdrawnAt = now;
            row.WithdrawnBy = by;
        }
        return current;
    }

    private static string Target(PublicationRow row) => $"{row.Kind} {row.Subject} {row.Period}";

    private static Publication Of(PublicationRow row) => new(row.Id, row.Kind, row.Subject, row.Period, row.Title, row.Html, row.PublishedBy, row.PublishedAt);

    private static string Html(Reports.ReportFile file) => Encoding.UTF8.GetString(file.Content);

    private static bool IsPublic(Reports.ReportFile file) => file.ClassificationLabel == Classification.Public().Label;

    private static string Year(DateOnly from, DateOnly to) =>
        $"{from.Year.ToString(CultureInfo.InvariantCulture)}/{(to.Year % 100).ToString("D2", CultureInfo.InvariantCulture)}";
}
