using Csp.Web.Security;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Strategy;

/// <summary>/strategy: the Community Safety Strategy (a version by ?strategy=ID), the Management Group's decision, each theme, the action plan's position, and the documents.</summary>
public sealed class IndexModel(Strategies strategies, IAuthorizationService authorization) : PageModel
{
    public StrategyView? View { get; private set; }

    public bool MayManage { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? strategy, CancellationToken cancellationToken)
    {
        View = await strategies.ViewAsync(strategy, cancellationToken).ConfigureAwait(false);
        if (View is null && strategy is not null) return NotFound();
        MayManage = (await authorization.AuthorizeAsync(User, Policies.ManageStrategy).ConfigureAwait(false)).Succeeded;
        return Page();
    }
}
