using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Periods;
using Csp.Workbench.Assessment;
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

    public static AreaLevel? MapLevel(AreaLevel level) => SmallAreaMaps.MapLevel(level);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MapAsync(string? area, string? period, string? baseline, string? category,
        SmallAreaMaps maps, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (area is null || !MonthRange.TryParse(period ?? "", out var months) || !MonthRange.TryParse(baseline ?? "", out var before))
        {
            return TypedResults.Problem("Give area (an ONS code), period and baseline (yyyy-MM..yyyy-MM).", statusCode: 400, title: "The map query is not understood");
        }
        var geoJson = await maps.GeoJsonAsync(area, months, before, category, user.Readership(), cancellationToken).ConfigureAwait(false);
        if (geoJson is null) return TypedResults.Problem($"No map is drawn for '{area}'.", statusCode: 404, title: "No such area");
        return TypedResults.File(geoJson, "application/geo+json", fileDownloadName: null);
    }

    /// <summary>The map's address for a dashboard view.</summary>
    public static string MapUrl(string areaCode, PeriodComparison periods, string category) =>
        string.Create(CultureInfo.InvariantCulture, $"/dashboard/map?area={Uri.EscapeDataString(areaCode)}&period={periods.Period}&baseline={periods.Baseline}&category={Uri.EscapeDataString(category)}");
}
