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

    /// <summary>Only the entries naming this ASB case (its id), or null.</summary>
    public long? CaseFilter { get; private set; }

    /// <summary>Only the entries naming this person's record (its id, as the case page's audit shows it), on any case, or null.</summary>
    public long? PersonFilter { get; private set; }

    public async Task OnGetAsync(string? action, string? user, long? @case, long? person, int? page, CancellationToken cancellationToken)
    {
        Action = string.IsNullOrEmpty(action) ? null : action;
        UserFilter = string.IsNullOrWhiteSpace(user) ? null : user.Trim();
        CaseFilter = @case is > 0 ? @case : null;
        PersonFilter = person is > 0 ? person : null;
        PageNumber = Math.Clamp(page ?? 1, 1, 1_000_000);
        var read = await trail.ReadAsync(Action, UserFilter, CaseFilter, PersonFilter, PageNumber, cancellationToken).ConfigureAwait(false);
        Entries = read.Entries;
        HasMore = read.HasMore;
    }

    public string Link(int page) =>
        "/audit?page=" + page.ToString(CultureInfo.InvariantCulture)
        + (Action is null ? "" : "&action=" + Uri.EscapeDataString(Action))
        + (UserFilter is null ? "" : "&user=" + Uri.EscapeDataString(UserFilter))
        + (CaseFilter is { } c ? "&case=" + c.ToString(CultureInfo.InvariantCulture) : "")
        + (PersonFilter is { } p ? "&person=" + p.ToString(CultureInfo.InvariantCulture) : "");
}
