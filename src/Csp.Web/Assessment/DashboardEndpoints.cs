using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Periods;
using Csp.Storage.Areas;
using Csp.Reporting.GeoJson;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Storage;
using Csp.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Csp.Web.Assessment;

/// <summary>The dashboard's map data: the wards (or LSOAs, or districts) of an area as GeoJSON with each one's count and rate.</summary>
public static class DashboardEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGroup("/dashboard").RequireAuthorization(Policies.Dashboard)
            .MapGet("/map", MapAsync)
            .WithName("GetDashboardMap")
            .ExcludeFromDescription();
    }

    /// <summary>The level a map of the area is shaded by: districts of a force area, wards of a CSP or district, LSOAs of a ward.</summary>
    public static AreaLevel? MapLevel(AreaLevel level) => level switch
    {
        AreaLevel.ForceArea => AreaLevel.District,
        AreaLevel.CommunitySafetyPartnership or AreaLevel.District => AreaLevel.Ward,
        AreaLevel.Ward => AreaLevel.Lsoa,
        _ => null,
    };

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MapAsync(string? area, string? period, string? baseline, string? category,
        AssessmentCache cache, AssessmentConfiguration configuration, CspDatabase database, CancellationToken cancellationToken)
    {
        if (area is null || !MonthRange.TryParse(period ?? "", out var months) || !MonthRange.TryParse(baseline ?? "", out var before))
        {
            return TypedResults.Problem("Give area (an ONS code), period and baseline (yyyy-MM..yyyy-MM).", statusCode: 400, title: "The map query is not understood");
        }
        var snapshot = await cache.GetAsync(cancellationToken).ConfigureAwait(false);
        if (snapshot.Data.Areas.Find(area.ToUpperInvariant()) is not { } found || MapLevel(found.Level) is not { } level)
        {
            return TypedResults.Problem($"No map is drawn for '{area}'.", statusCode: 404, title: "No such area");
        }
        var chosen = string.IsNullOrEmpty(category) ? Csp.Core.Offences.OffenceScheme.TotalCrime : category;
        var types = configuration.CrimeTypesOf(chosen, snapshot.Data.Counts.CrimeTypes);
        var figures = SmallAreaFigures.Compute(snapshot.Data, found, level, months, before, types).ToDictionary(f => f.Code, StringComparer.Ordinal);
        var outlines = await snapshot.RememberAsync("outlines:" + found.Code, () => AreaOutlines.ChildrenAsync(database, found, CancellationToken.None)).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        OutlineGeoJson.Write(outlines, buffer, (outline, json) =>
        {
            if (!figures.TryGetValue(outline.Code, out var f)) return;
            json.WriteNumber("count", f.Count);
            json.WriteNumber("baselineCount", f.BaselineCount);
            if (f.PercentChange is { } pc) json.WriteNumber("percentChange", pc);
            if (f.RatePer1000 is { } rate) json.WriteNumber("ratePer1000", rate);
            if (f.Population is { } p) json.WriteNumber("population", p);
        });
        return TypedResults.File(buffer.ToArray(), "application/geo+json", fileDownloadName: null);
    }

    /// <summary>The map's address for a dashboard view.</summary>
    public static string MapUrl(string areaCode, PeriodComparison periods, string category) =>
        string.Create(CultureInfo.InvariantCulture, $"/dashboard/map?area={Uri.EscapeDataString(areaCode)}&period={periods.Period}&baseline={periods.Baseline}&category={Uri.EscapeDataString(category)}");
}
