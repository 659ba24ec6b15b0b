using Csp.Core.Reports;
using Csp.Web.Strategy;
using Csp.Workbench.Performance;
using Csp.Workbench.Publishing;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Publishing;

/// <summary>
/// /publishing (administrators and analysts): what the public page shows now, and the explicit actions that publish the
/// strategy with its Strategy on a Page (as /strategy does), the quarterly performance report of an area and the ASB Case
/// Review statistics of a financial year, or withdraw them (audited); one use case for all (<see cref="Publications"/>).
/// </summary>
public sealed class IndexModel(Publications summaries, PerformanceTables performance, Strategies strategies, TimeProvider clock) : PageModel
{
    public IReadOnlyList<PublishedItem> Items { get; private set; } = [];

    public IReadOnlyList<(string Code, string Name)> Areas { get; private set; } = [];

    [BindProperty] public string? Area { get; set; }

    [BindProperty] public string? Quarter { get; set; }

    [BindProperty] public int? FinancialYear { get; set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The current strategy version as the publish button names it, or null when none is held.</summary>
    public string? StrategyTitle { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await summaries.ListAsync(cancellationToken).ConfigureAwait(false);
        StrategyTitle = await strategies.ViewAsync(null, cancellationToken).ConfigureAwait(false) is { } view
            ? $"{view.Strategy.Title} {view.Strategy.Period} ({view.Strategy.Refresh.ToString(System.Globalization.CultureInfo.InvariantCulture)} refresh)" : null;
        Areas = await performance.AreasAsync(cancellationToken).ConfigureAwait(false);
        Area ??= Areas.Any(a => a.Code == Workbench.Imports.SampleData.Partnership) ? Workbench.Imports.SampleData.Partnership : Areas.FirstOrDefault().Code;
        Quarter ??= await performance.DefaultQuarterAsync(cancellationToken).ConfigureAwait(false);
        // The last financial year that has ended: before April, the one that ended a year ago last March.
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        FinancialYear ??= today.Month >= 4 ? today.Year - 1 : today.Year - 2;
    }

    public async Task<IActionResult> OnPostStrategyAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await summaries.PublishStrategyAsync(PlanUsers.From(HttpContext), null, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostPerformanceAsync(CancellationToken cancellationToken) =>
        await AfterAsync(await summaries.PublishPerformanceAsync(PlanUsers.From(HttpContext), Area ?? "", Quarter ?? "", Classification.Public(), cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostCaseReviewAsync(CancellationToken cancellationToken) =>
        await AfterAsync(FinancialYear is { } year
            ? await summaries.PublishCaseReviewStatisticsAsync(PlanUsers.From(HttpContext), year, cancellationToken).ConfigureAwait(false)
            : PlanChange.Refused("Give the financial year (2025 for April 2025 to March 2026)."), cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostWithdrawAsync(string? kind, CancellationToken cancellationToken) =>
        await AfterAsync(await summaries.WithdrawAsync(PlanUsers.From(HttpContext), kind ?? "", cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<IActionResult> AfterAsync(PlanChange change, CancellationToken cancellationToken)
    {
        if (change.Done) return Redirect("/publishing");
        await OnGetAsync(cancellationToken).ConfigureAwait(false);
        Errors = change.Errors;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
