using Csp.Core.Strategy;
using Csp.Web.Strategy;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.ActionPlan;

/// <summary>
/// /action-plan/{id}: one action with its history, and the quarterly update form for a member of one of its groups (or an
/// administrator or analyst). A row of a group the officer does not sit on is 404, as if it did not exist.
/// </summary>
public sealed class RowModel(ActionPlans plans, TimeProvider clock) : PageModel
{
    public ActionPlanDetail Detail { get; private set; } = null!;

    public List<string> Errors { get; } = [];

    public ReportingQuarter Quarter => ReportingQuarter.Of(DateOnly.FromDateTime(clock.GetLocalNow().Date));

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken cancellationToken)
    {
        var detail = await plans.GetAsync(PlanUsers.From(HttpContext), id, cancellationToken).ConfigureAwait(false);
        if (detail is null) return NotFound();
        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(long id, string? quarter, string? note, string? status, string? rag, CancellationToken cancellationToken)
    {
        var user = PlanUsers.From(HttpContext);
        var change = await plans.UpdateAsync(user, id, new ActionUpdate(quarter ?? "", note ?? "", status ?? "", rag ?? ""), cancellationToken).ConfigureAwait(false);
        if (change.NotFound) return NotFound();
        if (change.Done) return Redirect($"/action-plan/{id}");
        var detail = await plans.GetAsync(user, id, cancellationToken).ConfigureAwait(false);
        if (detail is null) return NotFound();
        Detail = detail;
        Errors.AddRange(change.Errors);
        return Page();
    }
}
