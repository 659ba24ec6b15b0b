using System.Globalization;
using System.Text;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Strategy;

/// <summary>
/// Publishing the strategy to the public (issue 17): only by an administrator's or analyst's explicit action, which
/// freezes the strategy document and Strategy on a Page as HTML at that moment. The public page (no sign-in) serves the
/// frozen copy, so a draft, a refresh or a newer decision reaches the public only when someone publishes again; a
/// withdrawal takes it down. Both documents are classified public by construction (no personal data, no small numbers);
/// anything else is refused. Every publication and withdrawal is audited.
/// </summary>
public sealed class Publications(CspDatabase database, Strategies strategies, TimeProvider clock)
{
    public const string Strategy = "strategy";

    public const string StrategyOnAPage = "strategy-on-a-page";

    public static IReadOnlyList<string> Kinds { get; } = [Strategy, StrategyOnAPage];

    /// <summary>Publishes the current strategy version (or the one given) and its Strategy on a Page, replacing what was published.</summary>
    public async Task<PlanChange> PublishAsync(PlanUser by, long? strategyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts publish the strategy.");
        await using var db = database.CreateContext();
        var version = (await PlanRows.CurrentAsync(db, strategyId, cancellationToken).ConfigureAwait(false))?.Id;
        if (version is not { } chosen) return PlanChange.Refused("No strategy is held: import one first.");
        var document = await strategies.DocumentAsync(chosen, ReportFormat.Html, cancellationToken).ConfigureAwait(false);
        var page = await strategies.PageAsync(chosen, ReportFormat.Html, cancellationToken).ConfigureAwait(false);
        if (document is null || page is null) return PlanChange.Refused("No strategy is held: import one first.");
        if (!IsPublic(document) || !IsPublic(page)) return PlanChange.Refused("Only a document classified public can be published.");

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await WithdrawCurrentAsync(db, by.UserName, now, cancellationToken).ConfigureAwait(false);
        foreach (var (kind, file) in new[] { (Strategy, document), (StrategyOnAPage, page) })
        {
            db.Publications.Add(new PublicationRow
            {
                Kind = kind, StrategyId = chosen, Title = file.Title, Html = Encoding.UTF8.GetString(file.Content), PublishedBy = by.UserName, PublishedAt = now,
            });
        }
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = by.UserName, Action = AuditActions.StrategyPublished, Address = by.Address,
            Target = $"strategy {chosen.ToString(CultureInfo.InvariantCulture)}", Detail = $"{document.Title}; {page.Title}",
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(chosen);
    }

    /// <summary>Takes the published strategy down: the public page shows nothing until it is published again.</summary>
    public async Task<PlanChange> WithdrawAsync(PlanUser by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!by.ManagesPlan) return PlanChange.Refused("Administrators and analysts withdraw the published strategy.");
        await using var db = database.CreateContext();
        var now = clock.GetUtcNow();
        var withdrawn = await WithdrawCurrentAsync(db, by.UserName, now, cancellationToken).ConfigureAwait(false);
        if (withdrawn.Count == 0) return PlanChange.Refused("Nothing is published.");
        db.AuditLog.Add(new AuditEntryRow
        {
            At = now, UserName = by.UserName, Action = AuditActions.StrategyWithdrawn, Address = by.Address,
            Target = $"strategy {withdrawn[0].StrategyId.ToString(CultureInfo.InvariantCulture)}", Detail = string.Join("; ", withdrawn.Select(w => w.Title)),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlanChange.Ok(withdrawn[0].StrategyId);
    }

    /// <summary>What the public page shows of a kind (<see cref="Strategy"/>, <see cref="StrategyOnAPage"/>), or null when nothing is published.</summary>
    public async Task<Publication?> CurrentAsync(string kind, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var row = await db.Publications.AsNoTracking().Where(p => p.Kind == kind && p.WithdrawnAt == null).OrderByDescending(p => p.Id)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return row is null ? null : new Publication(row.Id, row.Kind, row.StrategyId, row.Title, row.Html, row.PublishedBy, row.PublishedAt);
    }

    private static async Task<List<PublicationRow>> WithdrawCurrentAsync(Storage.CspDbContext db, string by, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var current = await db.Publications.Where(p => p.WithdrawnAt == null).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var row in current)
        {
            row.WithdrawnAt = now;
            row.WithdrawnBy = by;
        }
        return current;
    }

    private static bool IsPublic(Reports.ReportFile file) => file.ClassificationLabel == Core.Reports.Classification.Public().Label;
}
