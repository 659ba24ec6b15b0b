using System.Globalization;
using Csp.Core.Taskings;
using Csp.Workbench.Assessment;
using Csp.Workbench.Briefing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Briefing;

/// <summary>One task: its history and referrals, and the forms to update, assign, refer, record a response and close it.</summary>
public sealed class TaskModel(Taskings taskings, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string Reference { get; set; } = "";

    public TaskingView? Task { get; private set; }

    public IReadOnlyList<string> Agencies { get; private set; } = [];

    public string? Problem { get; private set; }

    public BriefingViewer Viewer => BriefingUser.Of(HttpContext);

    public DateOnly Today => DateOnly.FromDateTime(Core.Periods.UkTime.Now(clock));

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await ShowAsync(null, cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostUpdateAsync(string? status, string? due, string? note, CancellationToken cancellationToken)
    {
        DateOnly? day = null;
        if (!string.IsNullOrEmpty(due))
        {
            if (!DateOnly.TryParseExact(due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return await ShowAsync(TaskingOutcome.Refused(AnswerKind.BadRequest, "The due day is not a date."), cancellationToken).ConfigureAwait(false);
            day = d;
        }
        TaskingStatus? s = status switch { "Open" => TaskingStatus.Open, "InProgress" => TaskingStatus.InProgress, _ => null };
        return await AfterAsync(await taskings.UpdateAsync(Reference, s, day, note, Viewer, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    public async Task<IActionResult> OnPostAssignAsync(string? ownerAgency, string? ownerOfficer, CancellationToken cancellationToken) =>
        await AfterAsync(await taskings.AssignAsync(Reference, string.IsNullOrEmpty(ownerAgency) ? null : ownerAgency, ownerOfficer ?? "", Viewer, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostReferAsync(string? service, CancellationToken cancellationToken) =>
        await AfterAsync(await taskings.ReferAsync(Reference, service ?? "", Viewer, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostRespondAsync(string? response, CancellationToken cancellationToken) =>
        await AfterAsync(await taskings.RespondAsync(Reference, response ?? "", Viewer, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostCloseAsync(string? outcome, bool notDone, CancellationToken cancellationToken) =>
        await AfterAsync(await taskings.CloseAsync(Reference, !notDone, outcome ?? "", Viewer, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<IActionResult> AfterAsync(TaskingOutcome outcome, CancellationToken cancellationToken) =>
        outcome.Task is not null ? Redirect("/briefing/tasks/" + Uri.EscapeDataString(Reference)) : await ShowAsync(outcome, cancellationToken).ConfigureAwait(false);

    private async Task<IActionResult> ShowAsync(TaskingOutcome? failed, CancellationToken cancellationToken)
    {
        var found = await taskings.GetAsync(Reference, Viewer, cancellationToken).ConfigureAwait(false);
        if (found.Task is null) return NotFound();
        Task = found.Task;
        Agencies = await taskings.AgenciesAsync(cancellationToken).ConfigureAwait(false);
        if (failed is not null)
        {
            Problem = failed.Problem;
            Response.StatusCode = failed.Kind == AnswerKind.Forbidden ? 403 : 400;
        }
        return Page();
    }
}
