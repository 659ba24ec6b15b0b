using System.Globalization;
using Csp.Storage;
using Csp.Storage.Entities;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Csp.Web.Audit;

public sealed class IndexModel(CspDbContext db) : PageModel
{
    private const int PageSize = 100;

    public IReadOnlyList<AuditEntryRow> Entries { get; private set; } = [];

    public string? Action { get; private set; }

    public string? UserFilter { get; private set; }

    public int PageNumber { get; private set; }

    public int First => (PageNumber - 1) * PageSize + 1;

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(string? action, string? user, int? page, CancellationToken cancellationToken)
    {
        Action = string.IsNullOrEmpty(action) ? null : action;
        UserFilter = string.IsNullOrWhiteSpace(user) ? null : user.Trim();
        PageNumber = Math.Max(page ?? 1, 1);
        var query = db.AuditLog.AsNoTracking();
        if (Action is not null) query = query.Where(e => e.Action == Action);
        if (UserFilter is not null)
        {
#pragma warning disable CA1304, CA1311 // translated to SQL lower(), not run with the server's culture
            var lower = UserFilter.ToLowerInvariant();
            query = query.Where(e => e.UserName != null && e.UserName.ToLower() == lower);
#pragma warning restore CA1304, CA1311
        }
        var rows = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        HasMore = rows.Count > PageSize;
        Entries = rows.Take(PageSize).ToList();
    }

    public string Link(int page) =>
        "/audit?page=" + page.ToString(CultureInfo.InvariantCulture)
        + (Action is null ? "" : "&action=" + Uri.EscapeDataString(Action))
        + (UserFilter is null ? "" : "&user=" + Uri.EscapeDataString(UserFilter));
}
