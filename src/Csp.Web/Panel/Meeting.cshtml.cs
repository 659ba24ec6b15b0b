using Csp.Web.Cases;
using Csp.Workbench.Accounts;
using Csp.Workbench.Cases;
using Csp.Workbench.Panel;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Panel;

/// <summary>
/// /panel/meetings/{id}: one meeting as its reader may see it (items on cases their agency is not entitled to are not
/// listed): the agenda with each referral, the panel's decisions, actions per agency and outcome, each with its form;
/// putting a referral on the agenda. Every read and change is audited by the use case.
/// </summary>
public sealed class MeetingModel(VulnerabilityPanel panel, AsbCases cases) : PageModel
{
    public PanelMeeting Meeting { get; private set; } = null!;

    public IReadOnlyList<AgencyChoice> Agencies { get; private set; } = [];

    public List<string> Errors { get; } = [];

    /// <summary>The form the errors belong to ("agenda", or "item-N").</summary>
    public string? ErrorsFor { get; private set; }

    public DateOnly Today => panel.Today;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public Task<IActionResult> OnPostAgendaAsync(long id, long? referralId, CancellationToken cancellationToken) =>
        referralId is null ? RefuseAsync(id, "agenda", "Choose a referral.", cancellationToken)
            : ChangeAsync(id, "agenda", panel.AddToAgendaAsync(Officer(), id, referralId.Value, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRecordAsync(long id, long itemId, string? decisions, string? outcome, CancellationToken cancellationToken) =>
        ChangeAsync(id, $"item-{itemId}", panel.RecordAsync(Officer(), itemId, decisions, outcome, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostActionAsync(long id, long itemId, long? ownerAgencyId, string? action, DateOnly? dueOn, CancellationToken cancellationToken) =>
        ownerAgencyId is null ? RefuseAsync(id, $"item-{itemId}", "Choose the agency that owns the action.", cancellationToken)
            : ChangeAsync(id, $"item-{itemId}", panel.AddActionAsync(Officer(), itemId, new NewPanelAction(ownerAgencyId.Value, action, dueOn), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostActionStatusAsync(long id, long itemId, long actionId, string? status, CancellationToken cancellationToken) =>
        ChangeAsync(id, $"item-{itemId}", panel.SetActionStatusAsync(Officer(), actionId, status ?? "", cancellationToken), cancellationToken);

    private CaseUser Officer() => CaseUsers.From(HttpContext);

    private async Task<IActionResult> ChangeAsync(long id, string section, Task<CaseChange> change, CancellationToken cancellationToken)
    {
        var done = await change.ConfigureAwait(false);
        if (done.NotFound) return NotFound();
        if (done.Done) return Redirect($"/panel/meetings/{id}#{section}");
        Errors.AddRange(done.Errors);
        ErrorsFor = section;
        return await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    private async Task<IActionResult> RefuseAsync(long id, string section, string error, CancellationToken cancellationToken)
    {
        Errors.Add(error);
        ErrorsFor = section;
        return await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await panel.MeetingAsync(Officer(), id, cancellationToken).ConfigureAwait(false) is not { } meeting) return false;
        Meeting = meeting;
        Agencies = await cases.AgenciesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }
}
