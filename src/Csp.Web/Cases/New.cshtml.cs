using Csp.Workbench.Accounts;
using Csp.Workbench.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Cases;

/// <summary>/cases/new: open a case led by the officer's agency.</summary>
public sealed class NewModel(AsbCases cases) : PageModel
{
    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Agencies = await cases.AgenciesAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(string? caseType, string? location, string? ward, string? summary, long[]? partners, CancellationToken cancellationToken)
    {
        var change = await cases.OpenAsync(CaseUsers.From(HttpContext), new NewCase(caseType ?? "", location, ward, summary, partners ?? []), cancellationToken).ConfigureAwait(false);
        if (change.Done) return Redirect($"/cases/{change.Id}");
        Errors.AddRange(change.Errors);
        Agencies = await cases.AgenciesAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }
}
