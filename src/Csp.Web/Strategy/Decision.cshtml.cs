using System.Globalization;
using Csp.Core.Periods;
using Csp.Workbench.Strategy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Csp.Web.Strategy;

/// <summary>
/// /strategy/decision?area=A[&amp;period=FROM..TO&amp;baseline=FROM..TO]: the assessment's ranked recommendation for an
/// area and period (the dashboard's default period when none is given), and the form on which an analyst records what the
/// Management Group decided: the recommended priorities it accepted, those it added, its reasons, the meeting's date and
/// the CSP's endorsement. Administrators and analysts only.
/// </summary>
public sealed class DecisionModel(PriorityDecisions decisions, Strategies strategies, TimeProvider clock) : PageModel
{
    /// <summary>The sample's partnership, the area the decision page opens on when none is given.</summary>
    public const string DefaultArea = "E22000352";

    public DecisionBasis? Basis { get; private set; }

    public string? Problem { get; private set; }

    public string Area { get; private set; } = DefaultArea;

    public string? Period { get; private set; }

    public string? Baseline { get; private set; }

    public IReadOnlyList<string> Groups { get; private set; } = [];

    public List<string> Errors { get; } = [];

    public DateOnly Today => DateOnly.FromDateTime(clock.GetLocalNow().Date);

    public async Task OnGetAsync(string? area, string? period, string? baseline, CancellationToken cancellationToken) =>
        await LoadAsync(area, period, baseline, cancellationToken).ConfigureAwait(false);

    public async Task<IActionResult> OnPostAsync(string? area, string? period, string? baseline, string? group, DateOnly? meetingOn, string[]? chosen, string? added,
        string? reasons, DateOnly? endorsedOn, CancellationToken cancellationToken)
    {
        var periods = await LoadAsync(area, period, baseline, cancellationToken).ConfigureAwait(false);
        if (Basis is null) return Page();
        if (meetingOn is null)
        {
            Errors.Add("Give the date of the meeting that decided.");
            return Page();
        }
        var all = (chosen ?? []).Concat((added ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var change = await decisions.RecordAsync(PlanUsers.From(HttpContext), new NewDecision(Basis.Area.Code, periods, group ?? "", meetingOn.Value, all, reasons ?? "", endorsedOn),
            cancellationToken).ConfigureAwait(false);
        if (change.Done) return Redirect("/strategy#decision");
        Errors.AddRange(change.Errors);
        return Page();
    }

    private async Task<PeriodComparison?> LoadAsync(string? area, string? period, string? baseline, CancellationToken cancellationToken)
    {
        Area = string.IsNullOrWhiteSpace(area) ? DefaultArea : area.Trim();
        Period = string.IsNullOrWhiteSpace(period) ? null : period.Trim();
        Baseline = string.IsNullOrWhiteSpace(baseline) ? null : baseline.Trim();
        PeriodComparison? periods = null;
        if (Period is not null)
        {
            periods = new PeriodChoice(null, Period, Baseline, null, null, null, null).Choose(n => n, out var error);
            if (periods is null)
            {
                Problem = error;
                return null;
            }
        }
        (Basis, var problem) = await decisions.BasisAsync(Area, periods, cancellationToken).ConfigureAwait(false);
        Problem = problem;
        Period ??= Basis?.Periods.Period.ToString();
        Baseline ??= Basis?.Periods.Baseline.ToString();
        var structure = await strategies.StructureAsync(cancellationToken).ConfigureAwait(false);
        Groups = structure.Where(g => g.Group.Kind is Core.Strategy.GroupKind.ManagementGroup or Core.Strategy.GroupKind.MainGroup).Select(g => g.Group.Name).ToList();
        if (Groups.Count == 0) Groups = [PriorityDecisions.DefaultGroup];
        return Basis?.Periods;
    }

    public static string Score(double score) => score.ToString("0.0", CultureInfo.GetCultureInfo("en-GB"));
}
