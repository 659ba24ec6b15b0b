using Csp.Web.Cases;
using Csp.Workbench.Accounts;
using Csp.Workbench.Cases;
using Csp.Workbench.Panel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Panel;

/// <summary>
/// /panel: the Vulnerability Panel for case and partner officers: referrals awaiting a meeting (on cases the officer may
/// see, without names), meetings to come and lately held, scheduling a meeting, declining a referral.
/// </summary>
public sealed class IndexModel(VulnerabilityPanel panel, AsbCases cases) : PageModel
{
    public PanelOverview Overview { get; private set; } = new([], [], []);

    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public string? ErrorsFor { get; private set; }

    public DateOnly Today => panel.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostScheduleAsync(DateOnly? meetsOn, string? chair, string? place, long[]? agencies, CancellationToken cancellationToken)
    {
        if (meetsOn is null) return await RefuseAsync("schedule", ["Give the meeting's date."], cancellationToken).ConfigureAwait(false);
        var done = await panel.ScheduleAsync(CaseUsers.From(HttpContext), new NewPanelMeeting(meetsOn.Value, chair, place, agencies ?? []), cancellationToken).ConfigureAwait(false);
        return done.Done ? Redirect($"/panel/meetings/{done.Id}") : await RefuseAsync("schedule", done.Errors, cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostDeclineAsync(long referralId, string? reason, CancellationToken cancellationToken)
    {
        var done = await panel.DeclineAsync(CaseUsers.From(HttpContext), referralId, reason, cancellationToken).ConfigureAwait(false);
        if (done.NotFound) return NotFound();
        return done.Done ? Redirect("/panel#awaiting") : await RefuseAsync("awaiting", done.Errors, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IActionResult> RefuseAsync(string section, IEnumerable<string> errors, CancellationToken cancellationToken)
    {
        Errors.AddRange(errors);
        ErrorsFor = section;
        await LoadAsync(cancellationToken).ConfigureAwait(false);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Overview = await panel.OverviewAsync(CaseUsers.From(HttpContext), cancellationToken).ConfigureAwait(false) ?? Overview;
        Agencies = await cases.AgenciesAsync(cancellationToken).ConfigureAwait(false);
    }
}
