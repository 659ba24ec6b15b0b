using System.Globalization;
using Csp.Workbench.Audit;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Audit;

public sealed class IndexModel(AuditTrail trail) : PageModel
{
    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public string? Action { get; private set; }

    public string? UserFilter { get; private set; }

    public int PageNumber { get; private set; }

    public int First => (PageNumber - 1) * AuditTrail.PageSize + 1;

    public bool HasMore { get; private set; }

    public async Task OnGetAsync(string? action, string? user, int? page, CancellationToken cancellationToken)
    {
        Action = string.IsNullOrEmpty(action) ? null : action;
        UserFilter = string.IsNullOrWhiteSpace(user) ? null : user.Trim();
        PageNumber = Math.Clamp(page ?? 1, 1, 1_000_000);
        var read = await trail.ReadAsync(Action, UserFilter, PageNumber, cancellationToken).ConfigureAwait(false);
        Entries = read.Entries;
        HasMore = read.HasMore;
    }

    public string Link(int page) =>
        "/audit?page=" + page.ToString(CultureInfo.InvariantCulture)
        + (Action is null ? "" : "&action=" + Uri.EscapeDataString(Action))
        + (UserFilter is null ? "" : "&user=" + Uri.EscapeDataString(UserFilter));
}
