using System.Globalization;
using System.Text.Json;
using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Workbench.Hosting;
using Csp.Web.Hosting;
using Csp.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Csp.Web.Assessment;

/// <summary>
/// The dashboard: choose an area and a period; the assessment's table, findings, the monthly trend against the baseline,
/// the area's rate among the areas it is ranked with, and a map of rates by ward (or LSOA, or district).
/// The period fields are those of <c>csp assess</c> (and the API), so a dashboard address and an API query read alike.
/// </summary>
public sealed class IndexModel(Assessments assessments, IOptions<CspWebOptions> options,
    Microsoft.AspNetCore.Authorization.IAuthorizationService authorization) : PageModel
{
    public static readonly (string Kind, string Label, string Hint)[] Kinds =
    [
        ("yearEnding", "Year ending", "the last month, YYYY-MM (2025-09 is the year ending September 2025)"),
        ("financialYear", "Financial year", "the year it starts, YYYY (2024 is April 2024 to March 2025)"),
        ("yearToDate", "Financial year to date", "the last month, YYYY-MM (April to that month)"),
        ("quarter", "Quarter", "YYYY-Qn, e.g. 2025-Q2"),
        ("month", "Month", "YYYY-MM"),
        ("range", "Months against a baseline", "choose both ranges below"),
    ];

    /// <summary>The data that answers about <see cref="Area"/>: the whole data, or while a server just started reads it, the area's part (the same figures).</summary>
    public AssessmentSnapshot Snapshot { get; private set; } = null!;

    /// <summary>The force areas, CSPs and districts with data, to choose among.</summary>
    public AreaListing Listing { get; private set; } = null!;

    public Area? Area { get; private set; }

    public IReadOnlyList<(string Group, IReadOnlyList<Area> Areas)> AreaGroups { get; private set; } = [];

    public AssessmentAnswer? Answer { get; private set; }

    public AssessmentResult? Result => Answer?.Result;

    public PeriodComparison? Periods { get; private set; }

    /// <summary>The form as the user sees it: the kind of period and its fields.</summary>
    public string Kind { get; private set; } = "range";

    public string? Value { get; private set; }

    public string? PeriodFrom { get; private set; }

    public string? PeriodTo { get; private set; }

    public string? BaselineFrom { get; private set; }

    public string? BaselineTo { get; private set; }

    public bool PartialData { get; private set; }

    public bool NoData { get; private set; }

    public IReadOnlyList<ShownSmallAreaFigure> SmallAreas { get; private set; } = [];

    public AreaLevel? SmallAreaLevel { get; private set; }

    public string ChartData { get; private set; } = "{}";

    /// <summary>True when the answer holds no month's count (a ward or LSOA for a reader who may not see its small numbers).</summary>
    public bool MonthlyWithheld => Result is { } result && result.Rows.All(r => r.Months.Count == 0);

    public AssessmentRow? Total => Result?.Rows.FirstOrDefault(r => r.Category == OffenceScheme.TotalCrime);

    /// <summary>Whether the user's role may download restricted (Part 2) reports as well as public ones.</summary>
    public bool CanDownloadRestricted { get; private set; }

    public async Task OnGetAsync(string? area, string? kind, string? value, string? pfrom, string? pto, string? bfrom, string? bto,
        string? yearEnding, string? period, string? baseline, string? financialYear, string? yearToDate, string? quarter, string? month,
        bool partial, int? populationYear, CancellationToken cancellationToken)
    {
        Listing = await assessments.ListingAsync(cancellationToken).ConfigureAwait(false);
        PartialData = partial;
        if (Listing.ForceAreas.Count == 0)
        {
            NoData = true;
            return;
        }
        // An area asked for and not found is said so: another area's figures under the name asked for would mislead.
        var asked = string.IsNullOrWhiteSpace(area) ? null : await assessments.FindAreaAsync(area, cancellationToken).ConfigureAwait(false);
        Area = asked?.Area ?? await ChooseAreaAsync(null, cancellationToken).ConfigureAwait(false);
        Snapshot = await assessments.SnapshotAsync(Area, cancellationToken).ConfigureAwait(false);
        AreaGroups = Groups(Area);

        string? error = null;
        if (!string.IsNullOrEmpty(kind))
        {
            var choice = kind switch
            {
                "yearEnding" => new PeriodChoice(value, null, null, null, null, null, null),
                "financialYear" => new PeriodChoice(null, null, null, value, null, null, null),
                "yearToDate" => new PeriodChoice(null, null, null, null, value, null, null),
                "quarter" => new PeriodChoice(null, null, null, null, null, value, null),
                "month" => new PeriodChoice(null, null, null, null, null, null, value),
                _ => new PeriodChoice(null, Range(pfrom, pto), Range(bfrom, bto), null, null, null, null),
            };
            Periods = choice.Choose(Label, out error);
            (Kind, Value, PeriodFrom, PeriodTo, BaselineFrom, BaselineTo) = (kind, value, pfrom, pto, bfrom, bto);
        }
        else if ((yearEnding ?? period ?? baseline ?? financialYear ?? yearToDate ?? quarter ?? month) is not null)
        {
            Periods = new PeriodChoice(yearEnding, period, baseline, financialYear, yearToDate, quarter, month).Choose(Label, out error);
        }
        else
        {
            Periods = Area is null ? null : Snapshot.DefaultPeriods(Area);
            error = Periods is null ? "Choose a period: the data has no full year or run of months to compare." : null;
        }
        if (Periods is not null && string.IsNullOrEmpty(kind)) FillForm(Periods);

        CanDownloadRestricted = (await authorization.AuthorizeAsync(User, null, Csp.Web.Security.Policies.RestrictedReports).ConfigureAwait(false)).Succeeded;
        var readership = User.Readership();
        // A parameter that is not even of its type (populationYear=abc, partial=maybe) is refused, not silently dropped.
        var unreadable = ModelState.Where(e => e.Value?.Errors.Count > 0).Select(e => $"{e.Key} '{e.Value!.AttemptedValue}'").ToList();
        Answer = asked is { Area: null }
            ? AssessmentAnswer.Problem(AnswerKind.NotFound, "No such area", asked.Problem ?? $"No area has the code or name '{area}'.")
            : unreadable.Count > 0
            ? AssessmentAnswer.Problem(AnswerKind.BadRequest, "The query is not understood", $"{string.Join(", ", unreadable)}: not understood (populationYear is a year such as 2022, partial is true or false).")
            : await assessments.AnswerAsync(Area?.Code, Periods, error, populationYear, partial, readership, cancellationToken).ConfigureAwait(false);
        // A request the page cannot answer says so in its status too (the page itself explains it): 400 or 404.
        if (Answer.Kind is AnswerKind.BadRequest or AnswerKind.NotFound) Response.StatusCode = Answer.Status;
        if (Result is null || Area is null || Periods is null) return;

        var periods = Periods;
        var siblings = await Snapshot.RememberAsync($"siblings:{Area.Code}|{periods.Period}|{periods.Baseline}|{populationYear}|{partial}|{readership.SeesSmallNumbers}",
            () => Task.FromResult(SiblingRates.Compute(Snapshot, assessments.Configuration, Area, periods, populationYear, partial, readership))).ConfigureAwait(false);
        SmallAreaLevel = DashboardEndpoints.MapLevel(Area.Level);
        if (SmallAreaLevel is { } level)
        {
            SmallAreas = Withholding.SmallAreas(SmallAreaFigures.Compute(Snapshot, Area, level, periods.Period, periods.Baseline,
                assessments.Configuration.CrimeTypesOf(OffenceScheme.TotalCrime, Snapshot.CrimeTypes)), level, readership);
        }
        ChartData = Shared.InlineJson.Serialize(new
        {
            area = new { Area.Code, Area.Name },
            period = Result.Period,
            baseline = Result.Baseline,
            rankedAmong = Result.RankedAmong,
            rows = Result.Rows.Select(r => new { r.Category, r.IsGroup, r.RatePer1000, r.Rank, r.RankOf, months = r.Months }),
            siblings = new { areas = siblings.Areas, rates = siblings.RatesByCategory },
            map = SmallAreaLevel is null ? null : new
            {
                url = DashboardEndpoints.MapUrl(Area.Code, periods, OffenceScheme.TotalCrime),
                level = SmallAreaLevel.ToString(),
                tiles = options.Value.MapTileUrl,
                attribution = options.Value.MapTileAttribution,
            },
        });
    }

    public string Describe(AreaLevel level) => level switch
    {
        AreaLevel.ForceArea => "force area",
        AreaLevel.CommunitySafetyPartnership => "Community Safety Partnership",
        AreaLevel.District => "district",
        AreaLevel.Ward => "ward",
        AreaLevel.Lsoa => "LSOA",
        _ => level.ToString(),
    };

    /// <summary>The level as the start of a sentence: "District", "Community Safety Partnership".</summary>
    public string Heading(AreaLevel level) => Describe(level) is var d && d.Length > 0 ? char.ToUpperInvariant(d[0]) + d[1..] : d;

    public static string Plural(AreaLevel level) => level switch
    {
        AreaLevel.District => "Districts",
        AreaLevel.Ward => "Wards",
        AreaLevel.Lsoa => "LSOAs",
        _ => level.ToString(),
    };

    private static string Label(string field) => field switch
    {
        "yearEnding" => "The year ending",
        "financialYear" => "The financial year",
        "yearToDate" => "The year to date",
        "quarter" => "The quarter",
        "month" => "The month",
        "period" => "The months",
        "baseline" => "The baseline",
        _ => field,
    };

    private static string? Range(string? from, string? to) =>
        string.IsNullOrEmpty(from) ? null : string.IsNullOrEmpty(to) ? from : $"{from}..{to}";

    private void FillForm(PeriodComparison p)
    {
        (PeriodFrom, PeriodTo, BaselineFrom, BaselineTo) = (p.Period.From.ToString(), p.Period.To.ToString(), p.Baseline.From.ToString(), p.Baseline.To.ToString());
        (Kind, Value) = p.Kind switch
        {
            "year ending September" or "rolling 12 months" => ("yearEnding", p.Period.To.ToString()),
            "financial year" => ("financialYear", p.Period.From.Year.ToString(CultureInfo.InvariantCulture)),
            "financial year to date" => ("yearToDate", p.Period.To.ToString()),
            "quarter" => ("quarter", string.Create(CultureInfo.InvariantCulture, $"{p.Period.From.Year}-Q{(p.Period.From.Month + 2) / 3}")),
            "month" => ("month", p.Period.From.ToString()),
            _ => ("range", null),
        };
    }

    private async Task<Area> ChooseAreaAsync(string? query, CancellationToken cancellationToken)
    {
        foreach (var candidate in new[] { query, options.Value.DefaultArea })
        {
            if (string.IsNullOrWhiteSpace(candidate)) continue;
            var found = (await assessments.FindAreaAsync(candidate, cancellationToken).ConfigureAwait(false)).Area;
            if (found is not null) return found;
        }
        var force = Listing.ForceAreas[0];
        return Listing.Within(force, AreaLevel.District).FirstOrDefault() ?? force;
    }

    private List<(string, IReadOnlyList<Area>)> Groups(Area current)
    {
        var groups = new List<(string, IReadOnlyList<Area>)>();
        foreach (var force in Listing.ForceAreas)
        {
            groups.Add(("Force area", [force]));
            groups.Add(($"Community Safety Partnerships in {force.Name}", Listing.Within(force, AreaLevel.CommunitySafetyPartnership)));
            groups.Add(($"Districts in {force.Name}", Listing.Within(force, AreaLevel.District)));
        }
        // Wards are many: only those of the district in view (or of the ward's district).
        var district = current.Level switch
        {
            AreaLevel.District => current,
            AreaLevel.Ward or AreaLevel.Lsoa => Lineage(current).FirstOrDefault(a => a.Level == AreaLevel.District),
            _ => null,
        };
        if (district is not null) groups.Add(($"Wards in {district.Name}", Snapshot.Areas.Within(district, AreaLevel.Ward)));
        if (groups.All(g => g.Item2.All(a => a.Code != current.Code))) groups.Insert(0, ("Chosen", [current]));
        return groups.Where(g => ((IReadOnlyList<Area>)g.Item2).Count > 0).ToList();
    }

    private IEnumerable<Area> Lineage(Area area)
    {
        for (var a = Snapshot.Areas.Find(area.ParentCode ?? ""); a is not null; a = a.ParentCode is null ? null : Snapshot.Areas.Find(a.ParentCode)) yield return a;
    }
}
