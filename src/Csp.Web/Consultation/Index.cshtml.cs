using Csp.Workbench.Consultation;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Consultation;

/// <summary>/consultation: the surveys held, with their public form and results.</summary>
public sealed class IndexModel(Surveys surveys) : PageModel
{
    public IReadOnlyList<SurveySummary> Surveys { get; private set; } = [];

    public DateOnly Today => surveys.Today;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Surveys = await surveys.ListAsync(cancellationToken).ConfigureAwait(false);
}
