using Csp.Core.Performance;
using Csp.Web.Security;
using Csp.Workbench.Imports;
using Csp.Workbench.Performance;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Performance;

/// <summary>The performance table of an area for a quarter, with RAG status, the data lag, and the quarterly report to download.</summary>
public sealed class IndexModel(PerformanceTables tables) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    [BindProperty(SupportsGet = true)] public string? Quarter { get; set; }

    public IReadOnlyList<(string Code, string Name)> Areas { get; private set; } = [];

    public PerformanceOutcome? Outcome { get; private set; }

    public string? Problem { get; private set; }

    /// <summary>The reader may see small numbers: offered the restricted (Part 2) report.</summary>
    public bool SeesSmallNumbers => User.Readership().SeesSmallNumbers;

    /// <summary>The reader's small numbers (the Most Similar Group table's withheld positions).</summary>
    public Csp.Core.Reports.SmallNumbers SmallNumbers => User.Readership().SmallNumbers;

    public ReturnPeriod? Period => Outcome?.Result is { } r ? ReturnPeriod.Of(r.Periods.Period) : null;

    public ReturnPeriod? Baseline => Outcome?.Result is { } r ? ReturnPeriod.Of(r.Periods.Baseline) : null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Areas = await tables.AreasAsync(cancellationToken).ConfigureAwait(false);
        Area = string.IsNullOrWhiteSpace(Area) ? (Areas.Any(a => a.Code == SampleData.Partnership) ? SampleData.Partnership : Areas.FirstOrDefault().Code) : Area;
        Quarter = string.IsNullOrWhiteSpace(Quarter) ? await tables.DefaultQuarterAsync(cancellationToken).ConfigureAwait(false) : Quarter.Trim();
        if (string.IsNullOrWhiteSpace(Area))
        {
            Problem = "No partner returns are held yet: an analyst imports them (./csp import returns FILE), or a partner officer enters them on the return form.";
            return;
        }
        if (!PerformancePeriods.TryParse(Quarter, null, null, out var periods, out var problem))
        {
            Problem = problem;
            Response.StatusCode = 400;
            return;
        }
        // Small numbers follow the role: a share of a few victims is withheld from a reader who may not see them.
        Outcome = await tables.ComputeAsync(Area, periods!, User.Readership(), cancellationToken).ConfigureAwait(false);
        if (Outcome.Result is null)
        {
            Problem = Outcome.Problem;
            Response.StatusCode = Outcome.Kind == Workbench.Assessment.AnswerKind.NotFound ? 404 : 400;
        }
    }

    public static string RagClass(string status) => "rag rag-" + status.Replace(' ', '-');
}
