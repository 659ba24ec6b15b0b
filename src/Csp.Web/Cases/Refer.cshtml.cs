using Csp.Workbench.Accounts;
using Csp.Workbench.Cases;
using Csp.Workbench.Panel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Cases;

/// <summary>
/// /cases/{id}/refer: the referral of a case, or of a person on it, to the Vulnerability Panel (reason, consent and its
/// lawful basis, referring officer and agency, date). From the high-risk task (<c>?task=N</c>) or by hand; the referral
/// completes the case's open "refer to the Vulnerability Panel" tasks. 404 for a case the officer may not see.
/// </summary>
public sealed class ReferModel(AsbCases cases, VulnerabilityPanel panel) : PageModel
{
    public CaseDetail Case { get; private set; } = null!;

    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    public CaseTask? Task { get; private set; }

    public List<string> Errors { get; } = [];

    public DateOnly Today => panel.Today;

    public async Task<IActionResult> OnGetAsync(long id, long? task, CancellationToken cancellationToken) =>
        await LoadAsync(id, task, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(long id, long? task, long? personId, string? reason, string? consent, string? lawfulBasis, DateOnly? referredOn,
        string? referredBy, long? agencyId, CancellationToken cancellationToken)
    {
        var user = CaseUsers.From(HttpContext);
        if (referredOn is null) Errors.Add("Give the day of the referral.");
        else
        {
            var done = await panel.ReferAsync(user, id, new NewReferral(personId, reason, consent ?? "", lawfulBasis, referredOn.Value, referredBy, agencyId, task), cancellationToken).ConfigureAwait(false);
            if (done.NotFound) return NotFound();
            if (done.Done) return Redirect($"/cases/{id}#panel");
            Errors.AddRange(done.Errors);
        }
        return await LoadAsync(id, task, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, long? task, CancellationToken cancellationToken)
    {
        // The form names the people on the case: read through the case use case, which audits each person shown.
        if (await cases.GetAsync(CaseUsers.From(HttpContext), id, cancellationToken).ConfigureAwait(false) is not { } detail) return false;
        Case = detail;
        Task = task is { } t ? detail.Tasks.FirstOrDefault(x => x.Id == t && x.Kind == PanelTasks.Referral && x.DoneOn is null) : null;
        Agencies = await cases.AgenciesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
