using System.Collections.Concurrent;
using Csp.Core.Areas;
using Csp.Core.Briefing;
using Csp.Storage;
using Csp.Storage.Briefing;
using Csp.Workbench.Areas;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Briefing;

/// <summary>
/// The incidents of an area, placed and indexed, kept until the next import changes the incidents or the geography
/// (<see cref="BriefingIncidents.VersionAsync"/>): a briefing, a time profile and a ward briefing of the same area share one.
/// </summary>
public sealed class AreaIncidents(Assessments assessments, CspDatabase database)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<PlacedIncidents>>> _byArea = new(StringComparer.Ordinal);

    /// <summary>The area a query names, and its incidents; null incidents with the match's problem when there is no such area.</summary>
    public async Task<(AreaMatch Match, PlacedIncidents? Incidents)> ForAsync(string areaQuery, CancellationToken cancellationToken)
    {
        var match = await assessments.FindAreaAsync(areaQuery, cancellationToken).ConfigureAwait(false);
        if (match.Area is not { } area) return (match, null);
        var version = await BriefingIncidents.VersionAsync(database, cancellationToken).ConfigureAwait(false);
        var key = area.Code + "|" + version;
        if (_byArea.Count > 64) _byArea.Clear();
        var lazy = _byArea.GetOrAdd(key, _ => new Lazy<Task<PlacedIncidents>>(() => LoadAsync(area, version, CancellationToken.None)));
        try
        {
            return (match, await lazy.Value.WaitAsync(cancellationToken).ConfigureAwait(false));
        }
        catch
        {
            _byArea.TryRemove(key, out _);
            throw;
        }
    }

    private async Task<PlacedIncidents> LoadAsync(Area area, string version, CancellationToken cancellationToken)
    {
        var snapshot = await assessments.SnapshotAsync(cancellationToken).ConfigureAwait(false);
        var areas = snapshot.Data.Areas;
        // The area's LSOAs and each one's ward (by the newest lookup: the wards in force now, as tasking is for today).
        var wardOf = new Dictionary<string, Area?>(StringComparer.Ordinal);
        foreach (var unit in areas.UnitsOf(area.Code))
        {
            var lsoa = snapshot.Data.Counts.Units[unit];
            wardOf[lsoa] = areas.Find(lsoa)?.ParentCode is { } w && areas.Find(w) is { Level: AreaLevel.Ward } ward ? ward : null;
        }
        // Each incident's LSOA was found when it or the centroids were imported (IncidentPlacement: the nearest centroid,
        // as the maps place them); rows held from before migration 0026 were placed by migration 0033.
        var (rows, otherCrs) = await BriefingIncidents.BetweenAsync(database, DateOnly.MinValue, DateOnly.MaxValue, cancellationToken).ConfigureAwait(false);
        var builder = new IncidentIndexBuilder();
        var wardCodes = new Dictionary<string, string>(StringComparer.Ordinal);
        int demo = 0;
        long unplaced = 0;
        foreach (var r in rows)
        {
            if (r.Lsoa is not { Length: > 0 } lsoa)
            {
                unplaced++;
                continue;
            }
            if (!wardOf.TryGetValue(lsoa, out var ward)) continue;
            if (ward is not null) wardCodes.TryAdd(ward.Name, ward.Code);
            builder.Add(r.Id, r.Date, r.Time, r.Category, r.X, r.Y, ward?.Name, r.LocationKey, r.VictimKey);
            if (r.Demo) demo++;
        }
        return new PlacedIncidents(area, builder.Build(), demo, unplaced, otherCrs, wardCodes, version);
    }
}
