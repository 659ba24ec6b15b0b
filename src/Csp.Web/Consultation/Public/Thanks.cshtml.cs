using Csp.Core.Consultation;
using Csp.Workbench.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Consultation.Public;

/// <summary>/survey/{id}/thanks: shown after the response was stored.</summary>
public sealed class ThanksModel(Surveys surveys) : PageModel
{
    public Survey? Survey { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Survey = await surveys.GetAsync(id, cancellationToken).ConfigureAwait(false);
        return Survey is null ? NotFound() : Page();
    }
}
