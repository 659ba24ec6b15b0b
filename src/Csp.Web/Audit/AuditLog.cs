using Csp.Storage;
using Csp.Storage.Entities;

namespace Csp.Web.Audit;

/// <summary>Writes the audit log: who, when, what, to what, from which address. Entries are only ever added.</summary>
public sealed class AuditLog(CspDbContext db, TimeProvider clock, IHttpContextAccessor http)
{
    /// <param name="userName">Who acted; for a failed sign-in, the name that was tried.</param>
    /// <param name="target">What it was done to: a file, a user, a report.</param>
    public async Task RecordAsync(string action, string? userName, string? target, string? detail, CancellationToken cancellationToken)
    {
        db.AuditLog.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(),
            UserName = userName ?? http.HttpContext?.User.Identity?.Name,
            Action = action,
            Target = Cut(target, 400),
            Detail = Cut(detail, 2000),
            Address = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..length] + "…";
}
