using System.Globalization;
using Csp.Workbench.Cases;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Cases;

/// <summary>/cases: the lists an officer works from (all they may see, theirs, high risk, reviews due), with status and search filters.</summary>
public sealed class IndexModel(AsbCases cases) : PageModel
{
    public CaseList List { get; private set; } = new([], 0, 1, AsbCases.PageSize);

    public CaseListKind Kind { get; private set; }

    public string Status { get; private set; } = "open";

    public string? Search { get; private set; }

    public async Task OnGetAsync(string? list, string? status, string? q, int? page, CancellationToken cancellationToken)
    {
        Kind = Enum.TryParse<CaseListKind>(list, true, out var kind) && Enum.IsDefined(kind) ? kind : CaseListKind.Agency;
        Status = status is "closed" or "all" ? status : "open";
        Search = string.IsNullOrWhiteSpace(q) ? null : q.Trim();
        List = await cases.ListAsync(CaseUsers.From(HttpContext), Kind, Search, Status, page ?? 1, cancellationToken).ConfigureAwait(false) ?? List;
    }

    public string Link(CaseListKind kind, int page = 1) =>
        $"/cases?list={kind.ToString().ToLowerInvariant()}&status={Status}" + (Search is null ? "" : "&q=" + Uri.EscapeDataString(Search))
        + (page > 1 ? "&page=" + page.ToString(CultureInfo.InvariantCulture) : "");

    public static string Title(CaseListKind kind) => kind switch
    {
        CaseListKind.Mine => "My cases",
        CaseListKind.HighRisk => "High risk",
        CaseListKind.ReviewsDue => "Reassessment due",
        _ => "My agency's cases",
    };
}
