using Csp.Core.Areas;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Reporting.GeoJson;
using Csp.Storage;
using Csp.Storage.Areas;

namespace Csp.Workbench.Assessment;

/// <summary>
/// The dashboard's map: the wards (or LSOAs, or districts) of an area as GeoJSON, each with its count, change and rate for
/// a category in a period against a baseline. Outlines are computed once per snapshot. A ward or LSOA whose count a reader
/// may not see carries <c>withheld: true</c> and no count, change or rate (<see cref="Withholding.SmallAreas"/>).
/// </summary>
public sealed class SmallAreaMaps(AssessmentCache cache, Assessments assessments, AssessmentConfiguration configuration, CspDatabase database)
{
    /// <summary>The level a map of the area is shaded by: districts of a force area, wards of a CSP or district, LSOAs of a ward.</summary>
    public static AreaLevel? MapLevel(AreaLevel level) => level switch
    {
        AreaLevel.ForceArea => AreaLevel.District,
        AreaLevel.CommunitySafetyPartnership or AreaLevel.District => AreaLevel.Ward,
        AreaLevel.Ward => AreaLevel.Lsoa,
        _ => null,
    };

    /// <returns>GeoJSON (UTF-8), or null when no map is drawn for the area (unknown, or an LSOA).</returns>
    public async Task<byte[]?> GeoJsonAsync(string areaCode, MonthRange period, MonthRange baseline, string? category, Readership readership, CancellationToken cancellationToken)
    {
        var code = areaCode.ToUpperInvariant();
        // Before the whole data is in memory (a server just started), the area's part, as for its dashboard.
        AssessmentSnapshot snapshot;
        if (cache.Whole is { } whole) snapshot = whole;
        else if (await AreaDirectory.LineageAsync(database, code, cancellationToken).ConfigureAwait(false) is [var area, ..]) snapshot = await assessments.SnapshotAsync(area, cancellationToken).ConfigureAwait(false);
        else return null;
        if (snapshot.Data.Areas.Find(code) is not { } found || MapLevel(found.Level) is not { } level) return null;
        var chosen = string.IsNullOrEmpty(category) ? OffenceScheme.TotalCrime : category;
        var types = configuration.CrimeTypesOf(chosen, snapshot.Data.Counts.CrimeTypes);
        var figures = Withholding.SmallAreas(SmallAreaFigures.Compute(snapshot.Data, found, level, period, baseline, types), level, readership).ToDictionary(f => f.Code, StringComparer.Ordinal);
        var outlines = await snapshot.RememberAsync("outlines:" + found.Code, () => AreaOutlines.ChildrenAsync(database, found, CancellationToken.None)).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        OutlineGeoJson.Write(outlines, buffer, (outline, json) =>
        {
            if (!figures.TryGetValue(outline.Code, out var f)) return;
            if (f.Withheld) json.WriteBoolean("withheld", true);
            if (f.Count is { } count) json.WriteNumber("count", count);
            if (f.BaselineCount is { } baselineCount) json.WriteNumber("baselineCount", baselineCount);
            if (f.PercentChange is { } pc) json.WriteNumber("percentChange", pc);
            if (f.RatePer1000 is { } rate) json.WriteNumber("ratePer1000", rate);
            if (f.Population is { } p) json.WriteNumber("population", p);
        });
        return buffer.ToArray();
    }
}
