using Csp.Web.Strategy;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.ActionPlan;

/// <summary>
/// /action-plan/{id}/edit: an administrator or analyst changes an action's text, coordinating delivery groups, priorities,
/// owner agency, lead, dates, status and RAG (policy ManageStrategy on the page; the use case refuses every other role too).
/// </summary>
public sealed class EditModel(ActionPlans plans) : PageModel
{
    public ActionPlanDetail Detail { get; private set; } = null!;

    public RowForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var user = PlanUsers.From(HttpContext);
        if (await LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is { } problem) return problem;
        Form = RowForm.Of(Detail.Row.Item, Form.Choices);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? action, string[]? groups, string[]? priorities, string? otherPriorities, string? owner, string? lead,
        string? start, string? due, string? status, string? rag, CancellationToken cancellationToken)
    {
        var user = PlanUsers.From(HttpContext);
        var posted = new RowForm
        {
            Action = action, Groups = groups ?? [], Priorities = priorities ?? [], OtherPriorities = otherPriorities, Owner = owner, Lead = lead, Start = start, Due = due,
            Status = status, Rag = rag,
        };
        var change = await plans.ChangeAsync(user, id, posted.ToEdit(), cancellationToken).ConfigureAwait(false);
        if (change.NotFound) return NotFound();
        if (change.Forbidden) return Forbid();
        if (change.Done) return Redirect($"/action-plan/{id}");
        if (await LoadAsync(user, id, cancellationToken).ConfigureAwait(false) is { } problem) return problem;
        posted.Choices = Form.Choices;
        posted.Refused(change);
        Form = posted;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(PlanUser user, long id, CancellationToken cancellationToken)
    {
        var detail = await plans.GetAsync(user, id, cancellationToken).ConfigureAwait(false);
        if (detail is null) return NotFound();
        if (!detail.MayEdit) return Forbid();
        var choices = await plans.ChoicesAsync(user, detail.StrategyId, cancellationToken).ConfigureAwait(false);
        if (choices is null) return Forbid();
        Detail = detail;
        Form = new RowForm { Choices = choices };
        return null;
    }
}
