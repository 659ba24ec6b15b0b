using System.Globalization;
using Csp.Core.Areas;
using Csp.Web.Shared;
using Csp.Workbench.Assessment;
using Csp.Workbench.Briefing;
using Csp.Workbench.Imports;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Briefing;

/// <summary>
/// The morning meeting's page: the briefing of a district (default the previous 24 hours; on a Monday since Friday's;
/// since the last briefing held; or any range), with its map, and a button to record it as held.
/// </summary>
public sealed class IndexModel(Briefings briefings, BriefingMap maps, Assessments assessments) : PageModel
{
    [BindProperty(SupportsGet = true)] public string? Area { get; set; }

    [BindProperty(SupportsGet = true)] public string? Since { get; set; }

    [BindProperty(SupportsGet = true)] public string? Until { get; set; }

    [BindProperty(SupportsGet = true)] public bool SinceLast { get; set; }

    public BriefingOutcome? Outcome { get; private set; }

    public BriefingContract? Briefing { get; private set; }

    public IReadOnlyList<Area> Areas { get; private set; } = [];

    public string? MapJson { get; private set; }

    public string? Problem { get; private set; }

    public string? Recorded { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? recorded, CancellationToken cancellationToken)
    {
        Recorded = recorded;
        await BuildAsync(cancellationToken).ConfigureAwait(false);
        if (Outcome?.Kind == AnswerKind.NotFound) Response.StatusCode = 404;
        return Page();
    }

    public async Task<IActionResult> OnPostHeldAsync(CancellationToken cancellationToken)
    {
        await BuildAsync(cancellationToken).ConfigureAwait(false);
        if (Outcome?.Result is null) return Page();
        var held = await briefings.RecordHeldAsync(Outcome, BriefingUser.Of(HttpContext), null, cancellationToken).ConfigureAwait(false);
        return RedirectToPage(new { area = Outcome.Area!.Code, since = Since, until = Until, sinceLast = SinceLast, recorded = held.Until.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) });
    }

    /// <summary>The query of this view, for the print links.</summary>
    public string Query(string format) => string.Create(CultureInfo.InvariantCulture,
        $"/briefing/print?area={Uri.EscapeDataString(Outcome?.Area?.Code ?? Area ?? "")}&since={Briefing?.Since:yyyy-MM-dd'T'HH:mm}&until={Briefing?.Until:yyyy-MM-dd'T'HH:mm}&format={format}");

    private async Task BuildAsync(CancellationToken cancellationToken)
    {
        var snapshot = await assessments.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var model = snapshot.Areas;
        var partnership = model.Find(SampleData.Partnership);
        Areas = (partnership is null ? [] : new[] { partnership }.Concat(model.Within(partnership, AreaLevel.District)))
            .Concat(snapshot.ForceAreas.SelectMany(f => model.Within(f, AreaLevel.District)).OrderBy(a => a.Name, StringComparer.Ordinal))
            .DistinctBy(a => a.Code).ToList();
        Area ??= partnership is null ? Areas.FirstOrDefault()?.Code : model.Within(partnership, AreaLevel.District).OrderByDescending(a => a.Name, StringComparer.Ordinal).FirstOrDefault()?.Code;
        if (Area is null)
        {
            Problem = "There are no areas yet: import the geography (or the bundled sample) first.";
            return;
        }
        if (!BriefingEndpoints.TryTime(Since, out var since) || !BriefingEndpoints.TryTime(Until, out var until))
        {
            Problem = "The window is not understood: give since and until as date and time (UK local time).";
            return;
        }
        Outcome = await briefings.BuildAsync(new BriefingQuery(Area, since, until, SinceLast), BriefingUser.Of(HttpContext), cancellationToken).ConfigureAwait(false);
        if (Outcome.Result is null)
        {
            Problem = Outcome.Problem;
            return;
        }
        Briefing = BriefingContract.From(Outcome);
        MapJson = InlineJson.Serialize(await maps.ForAsync(Outcome, cancellationToken).ConfigureAwait(false));
    }
}
