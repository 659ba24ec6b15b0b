using Csp.Storage;
using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Audit;

/// <summary>The audit log: who, when, what, to what, from which address. Entries are only ever added.</summary>
public sealed class AuditTrail(CspDatabase database, TimeProvider clock)
{
    public const int PageSize = 100;

    /// <param name="userName">Who acted when not the actor; for a failed sign-in, the name that was tried.</param>
    /// <param name="target">What it was done to: a file, a user, a report.</param>
    public async Task RecordAsync(Actor actor, string action, string? userName, string? target, string? detail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = database.CreateContext();
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(),
            UserName = Cut(userName ?? actor.UserName, 200),
            Action = action,
            Target = Cut(target, 400),
            Detail = Cut(detail, 2000),
            Address = actor.Address,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <param name="action">Only this action; null: all.</param>
    /// <param name="user">Only this user name (ignoring case); null: all.</param>
    /// <param name="page">1 and up.</param>
    public Task<AuditPage> ReadAsync(string? action, string? user, int page, CancellationToken cancellationToken) =>
        ReadAsync(action, user, null, null, page, cancellationToken);

    /// <param name="caseId">Only the entries that name this ASB case (every read and change of it); null: all.</param>
    /// <param name="personId">
    /// Only the entries that name this person's record, on any case: who read or changed it, when, and on which case (the
    /// review a data protection officer makes for "who looked at this victim's record"); null: all.
    /// </param>
    public async Task<AuditPage> ReadAsync(string? action, string? user, long? caseId, long? personId, int page, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var query = db.AuditLog.AsNoTracking();
        if (caseId is { } c) query = query.Where(e => e.CaseId == c);
        if (personId is { } p) query = query.Where(e => e.PersonId == p);
        if (action is not null) query = query.Where(e => e.Action == action);
        if (user is not null)
        {
#pragma warning disable CA1304, CA1311 // translated to SQL lower(), not run with the server's culture
            var lower = user.ToLowerInvariant();
            query = query.Where(e => e.UserName != null && e.UserName.ToLower() == lower);
#pragma warning restore CA1304, CA1311
        }
        var rows = await query.OrderByDescending(e => e.Id).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize + 1)
            .Select(e => new AuditEntry(e.Id, e.At, e.UserName, e.Action, e.Target, e.Detail, e.Address, e.CaseId, e.PersonId, e.Record)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new AuditPage(rows.Take(PageSize).ToList(), rows.Count > PageSize);
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length] + "…";
}
