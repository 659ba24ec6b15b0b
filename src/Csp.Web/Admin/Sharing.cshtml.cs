using Csp.Web.Audit;
using Csp.Workbench.Accounts;
using Csp.Workbench.Cases;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Admin;

/// <summary>/admin/sharing: the information-sharing agreements between agencies that let partner officers see ASB cases.</summary>
public sealed class SharingModel(SharingAgreements agreements, AccountService accounts, AuditLog audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<SharingAgreement> Agreements { get; private set; } = [];

    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(long agencyId, long otherAgencyId, string[]? roles, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(Core.Periods.UkTime.Now(clock));
        var change = await agreements.SetAsync(audit.Actor, agencyId, otherAgencyId, roles ?? [], today, cancellationToken).ConfigureAwait(false);
        if (change.Done) return Redirect("/admin/sharing");
        Errors.AddRange(change.Errors);
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Agreements = await agreements.ListAsync(cancellationToken).ConfigureAwait(false);
        Agencies = await accounts.AgenciesAsync(cancellationToken).ConfigureAwait(false);
    }
}
