using Csp.Workbench.Consultation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Consultation;

/// <summary>
/// /consultation/{id}: a survey's results for the analyst: each question's table in the seeds' shape (n and % of those who
/// answered, the base, no answer apart, the weighted % beside), the free-text themes, the sample against the ONS
/// population, and the community concern it gives priority scoring. Never a postcode.
/// </summary>
public sealed class ResultsModel(Surveys surveys) : PageModel
{
    public SurveyReport? Report { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        Report = await surveys.ResultsAsync(id, null, cancellationToken).ConfigureAwait(false);
        return Report is null ? NotFound() : Page();
    }
}
