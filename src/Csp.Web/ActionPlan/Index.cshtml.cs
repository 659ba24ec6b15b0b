using Csp.Web.Strategy;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.ActionPlan;

/// <summary>
/// /action-plan[?strategy=ID]: the action plan by theme as the user may see it (an officer: the rows of the groups they sit
/// on, nothing else), with the reminder list of their open rows not updated this quarter.
/// </summary>
public sealed class IndexModel(ActionPlans plans) : PageModel
{
    public ActionPlanView? View { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? strategy, CancellationToken cancellationToken)
    {
        View = await plans.ListAsync(PlanUsers.From(HttpContext), strategy, cancellationToken).ConfigureAwait(false);
        return View is null && strategy is not null ? NotFound() : Page();
    }
}
