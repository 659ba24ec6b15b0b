using Csp.Core.Areas;
using Csp.Core.Geometry;
using Csp.Core.HotSpots;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Storage.Diagnostics;
using Csp.Storage.HotSpots;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.HotSpots;

/// <summary>
/// The hot spot use case both hosts call (<c>csp hotspots</c>; the briefing): the area's located incidents on a grid
/// bounded by them, change per cell against the baseline, kernel density and Getis-Ord Gi* with a multiple-testing
/// correction; or the counts, change and rates of its LSOAs or wards.
/// </summary>
public sealed class HotSpotAnalysis(Assessments assessments, CspDatabase database)
{
    public async Task<HotSpotOutcome> MapAsync(HotSpotRequest request, CancellationToken cancellationToken)
    {
        var match = await assessments.FindAreaAsync(request.Area, cancellationToken).ConfigureAwait(false);
        if (match.Area is not { } area) return new HotSpotOutcome(null, null, 0, AnswerKind.NotFound, match.Problem);
        var snapshot = await assessments.SnapshotAsync(area, cancellationToken, ownOnly: true).ConfigureAwait(false);
        StartupTrace.Mark("hot spots: data in hand");
        var lsoas = snapshot.Data.Areas.UnitsOf(area.Code).Select(u => snapshot.Data.Counts.Units[u]).ToList();
        // An LSOA's ward: its parent by the newest lookup, the wards in force now (hot spots are for tasking today).
        var areas = snapshot.Data.Areas;
        string? WardOf(string lsoa) => areas.Find(lsoa)?.ParentCode is { } w && areas.Find(w) is { Level: AreaLevel.Ward } ward ? ward.Name : null;
        var (points, places, noLocation) = await HotSpotPoints.LoadAsync(database, lsoas, request.Period, request.CrimeTypes, WardOf, cancellationToken).ConfigureAwait(false);
        if (points.Length == 0)
        {
            return new HotSpotOutcome(null, area, noLocation, AnswerKind.NoData,
                $"no located incidents in {area.Name} for {request.Period}{(request.CrimeTypes.Count > 0 ? " of " + string.Join(", ", request.CrimeTypes) : "")}.", match.Ambiguity);
        }
        var (basePoints, _, _) = await HotSpotPoints.LoadAsync(database, lsoas, request.Baseline, request.CrimeTypes, WardOf, cancellationToken).ConfigureAwait(false);
        StartupTrace.Mark($"hot spots: {points.Length:N0} and {basePoints.Length:N0} points read");
        var grid = new SquareGrid(GridExtent.Around(points, margin: 2 * request.CellSize), request.CellSize);
        var map = HotSpotMap.Build(grid, points, basePoints, new KernelDensityOptions { Kernel = request.Kernel, Bandwidth = request.Bandwidth },
            new GiStarOptions { Correction = request.Correction }, places);
        StartupTrace.Mark("hot spots: map built");
        var note = basePoints.Length == 0
            ? $"no located incidents in the baseline {request.Baseline} (are its months imported? ./csp status): the change per cell compares with nothing."
            : null;
        return new HotSpotOutcome(map, area, noLocation, AnswerKind.Answered, null, match.Ambiguity ?? note);
    }

    /// <summary>Counts, change and rate per 1,000 residents of each LSOA or ward of the area, busiest first; null when there is no such area.</summary>
    public async Task<(Area? Area, IReadOnlyList<SmallAreaFigure> Figures, string? Problem)> ByAreaAsync(string areaQuery, AreaLevel level, MonthRange period, MonthRange baseline,
        IReadOnlyCollection<string> crimeTypes, CancellationToken cancellationToken)
    {
        var match = await assessments.FindAreaAsync(areaQuery, cancellationToken).ConfigureAwait(false);
        if (match.Area is not { } area) return (null, [], match.Problem);
        var snapshot = await assessments.SnapshotAsync(area, cancellationToken).ConfigureAwait(false);
        return (area, SmallAreaFigures.Compute(snapshot.Data, area, level, period, baseline, crimeTypes), null);
    }
}
