using Csp.Web.Security;
using Csp.Web.Strategy;
using Csp.Workbench.Meetings;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Meetings;

/// <summary>
/// /meetings/{id}: a meeting as its minutes record it (every role reads it), with the matters arising from the group's
/// earlier meetings and the decision on priorities taken at it. Administrators and analysts record it here: who was
/// present or sent apologies, the agenda items with their papers, the decisions, the actions arising and, later, each
/// action's progress; every change is audited.
/// </summary>
public sealed class MeetingModel(Workbench.Meetings.Meetings meetings, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public MeetingView View { get; private set; } = null!;

    public bool MayManage { get; private set; }

    public List<string> Errors { get; } = [];

    /// <summary>Which form the errors belong to, so the page shows them beside it.</summary>
    public string? ErrorsFor { get; private set; }

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();

    public Task<IActionResult> OnPostAttendeeAsync(long id, string? name, string? role, string? agency, string? contact, string? attendance, CancellationToken cancellationToken) =>
        ChangeAsync(id, "attendee", by => meetings.AddAttendeeAsync(by, id, new NewAttendee(name ?? "", role, agency, contact, attendance ?? ""), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostItemAsync(long id, int? number, string? title, string? notes, string? paperTitle, string? paperLink, CancellationToken cancellationToken) =>
        ChangeAsync(id, "item", by => meetings.AddItemAsync(by, id, new NewAgendaItem(number, title ?? "", notes, paperTitle, paperLink), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDecisionAsync(long id, int? item, string? text, string? proposedBy, string? outcome, CancellationToken cancellationToken) =>
        ChangeAsync(id, "decision", by => meetings.AddDecisionAsync(by, id, new NewMeetingDecision(item, text ?? "", proposedBy, outcome ?? ""), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostActionAsync(long id, int? item, string? action, string? owner, DateOnly? dueOn, CancellationToken cancellationToken) =>
        ChangeAsync(id, "action", by => meetings.AddActionAsync(by, id, new NewMeetingAction(item, action ?? "", owner ?? "", dueOn), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostProgressAsync(long id, long actionId, string? status, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(id, "progress", by => meetings.UpdateActionAsync(by, actionId, status, note, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(long id, string? part, long partId, CancellationToken cancellationToken) =>
        ChangeAsync(id, "remove", by => meetings.RemoveAsync(by, id, part, partId, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(long id, string form, Func<PlanUser, Task<PlanChange>> change, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded) return Forbid();
        var done = await change(PlanUsers.From(HttpContext)).ConfigureAwait(false);
        if (done.NotFound && done.Errors is ["No such meeting."]) return NotFound();
        if (done.Done) return Redirect($"/meetings/{id}#{form}");
        Errors.AddRange(done.Errors);
        ErrorsFor = form;
        return await LoadAsync(id, cancellationToken).ConfigureAwait(false) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await meetings.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } view) return false;
        View = view;
        MayManage = (await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded;
        return true;
    }
}
