using System.Collections.Concurrent;
using System.Globalization;
using Csp.Core.Briefing;
using Csp.Core.Geometry;
using Csp.Core.NearRepeat;
using Csp.Core.Periods;
using Csp.Storage;
using Csp.Storage.Entities;
using Csp.Workbench.Assessment;
using Csp.Workbench.Audit;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Briefing;

/// <summary>
/// The daily briefing use case both hosts call (<c>csp briefing</c>, the briefing page and its printout): an area's
/// incidents since the last briefing by category and ward, emerging hot spots (500 m cells against their own usual
/// rate), repeat locations, repeat victims and callers (keys only for the entitled, and then audited), near-repeat alerts
/// from the Knox test of the area's burglaries, and the open tasks due, overdue first.
/// </summary>
public sealed class Briefings(AreaIncidents areaIncidents, Taskings taskings, CspDatabase database, TimeProvider clock, AuditTrail audit)
{
    /// <summary>Side of the emerging hot spots' grid cells, metres: streets and estates, as the CSU tasks to them.</summary>
    public const double EmergingCellSize = 500;

    /// <summary>Categories whose near repeats are tested (any category whose name contains one of these, any case).</summary>
    public static IReadOnlyList<string> NearRepeatCategories { get; } = ["burglary"];

    private readonly ConcurrentDictionary<string, (IReadOnlyList<NearRepeatSignature> Signatures, string Method)> _knox = new(StringComparer.Ordinal);

    public async Task<BriefingOutcome> BuildAsync(BriefingQuery query, BriefingViewer viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(viewer);
        if (string.IsNullOrWhiteSpace(query.Area)) return BriefingOutcome.Refused(AnswerKind.BadRequest, "Give the area: an ONS code such as E07000109 or a name such as Gravesham.");
        var (match, incidents) = await areaIncidents.ForAsync(query.Area, cancellationToken).ConfigureAwait(false);
        if (incidents is null) return BriefingOutcome.Refused(AnswerKind.NotFound, match.Problem!);
        var area = incidents.Area;
        var now = UkTime.Now(clock);
        var last = await LastHeldAsync(area.Code, query.Until ?? now, cancellationToken).ConfigureAwait(false);
        BriefingWindow window;
        try
        {
            var since = query.Since ?? (query.SinceLastBriefing && last is not null ? last.Until : null);
            window = BriefingWindow.From(now, since, query.Until);
        }
        catch (ArgumentException e)
        {
            return BriefingOutcome.Refused(AnswerKind.BadRequest, e.Message, area);
        }
        if (incidents.Index.Count == 0)
        {
            return BriefingOutcome.Refused(AnswerKind.NoData,
                $"No incidents are held for {area.Name}: import partner incidents (./csp import incidents PATH) or the demonstration set (./csp import demo-incidents).", area);
        }
        var (signatures, method) = NearRepeat(incidents, window.Until);
        var tasks = await taskings.ListAsync(viewer, openOnly: true, areaCode: null, cancellationToken).ConfigureAwait(false);
        var request = new BriefingRequest(window)
        {
            PersonalDataEntitled = viewer.PersonalDataEntitled,
            ViewerAgency = null, // the list is already what the viewer's agency sees (raised, owned or referred)
            NearRepeat = signatures,
            EmergingGrid = Grid(incidents.Index),
        };
        var result = DailyBriefing.Build(request, incidents.Index, tasks.Select(t => t.ToTasking()).ToList());
        if (viewer.PersonalDataEntitled && result.RepeatVictims.Count > 0)
        {
            await audit.RecordAsync(new Actor(viewer.UserName, viewer.Address), AuditActions.BriefingPersonalData, null, $"briefing {area.Name} ({area.Code})",
                string.Create(CultureInfo.InvariantCulture, $"{window.Since:yyyy-MM-dd HH:mm} to {window.Until:yyyy-MM-dd HH:mm}: {result.RepeatVictims.Count} repeat victim or caller keys shown"),
                cancellationToken).ConfigureAwait(false);
        }
        return new BriefingOutcome(AnswerKind.Answered, null, area, result, incidents, EmergingWards(incidents.Index, request.EmergingGrid, result, window.Until), signatures, method, last);
    }

    /// <summary>Records that the briefing of this window was held (by whom, when): the next can start where it ended.</summary>
    public async Task<HeldBriefing> RecordHeldAsync(BriefingOutcome briefing, BriefingViewer viewer, string? notes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        ArgumentNullException.ThrowIfNull(viewer);
        if (briefing.Result is not { } result || briefing.Area is not { } area) throw new ArgumentException("Only a briefing that was built can be recorded as held.", nameof(briefing));
        await using var db = database.CreateContext();
        var row = new BriefingRow
        {
            AreaCode = area.Code, Since = result.Since, Until = result.Until, HeldAt = clock.GetUtcNow(), HeldBy = viewer.UserName, Incidents = result.Total,
            Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
        };
        db.Briefings.Add(row);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(new Actor(viewer.UserName, viewer.Address), AuditActions.BriefingHeld, null, $"briefing {area.Name} ({area.Code})",
            string.Create(CultureInfo.InvariantCulture, $"{result.Since:yyyy-MM-dd HH:mm} to {result.Until:yyyy-MM-dd HH:mm}, {result.Total} incidents"), cancellationToken).ConfigureAwait(false);
        return Held(row);
    }

    /// <summary>The last briefing held for the area that ended at or before <paramref name="until"/>, if any.</summary>
    public async Task<HeldBriefing?> LastHeldAsync(string areaCode, DateTime until, CancellationToken cancellationToken)
    {
        await using var db = database.CreateContext();
        var rows = await db.Briefings.AsNoTracking().Where(b => b.AreaCode == areaCode).ToListAsync(cancellationToken).ConfigureAwait(false);
        return rows.Where(b => b.Until <= until).OrderByDescending(b => b.Until).ThenByDescending(b => b.Id).Select(Held).FirstOrDefault();
    }

    private static HeldBriefing Held(BriefingRow b) => new(b.Id, b.AreaCode, b.Since, b.Until, b.HeldAt, b.HeldBy, b.Incidents);

    /// <summary>500 m cells over the area's incidents (with half a cell of margin).</summary>
    private static SquareGrid? Grid(IncidentIndex index)
    {
        if (index.Count == 0) return null;
        double minX = double.MaxValue, minY = double.MaxValue, maxX = double.MinValue, maxY = double.MinValue;
        for (var i = 0; i < index.Count; i++)
        {
            minX = Math.Min(minX, index.PointAt(i).X);
            minY = Math.Min(minY, index.PointAt(i).Y);
            maxX = Math.Max(maxX, index.PointAt(i).X);
            maxY = Math.Max(maxY, index.PointAt(i).Y);
        }
        var margin = EmergingCellSize / 2;
        return new SquareGrid(new Extent(minX - margin, minY - margin, maxX + margin, maxY + margin), EmergingCellSize);
    }

    /// <summary>The ward most of each emerging cell's last-28-day incidents of its category are in (null for named places).</summary>
    private static List<string?> EmergingWards(IncidentIndex index, SquareGrid? grid, BriefingResult result, DateTime until)
    {
        var wards = new List<string?>();
        var (start, end) = index.Between(until.AddDays(-28), until);
        foreach (var spot in result.Emerging)
        {
            if (grid is null || spot.Centre is not { } centre)
            {
                wards.Add(spot.Place);
                continue;
            }
            var cell = grid.CellIndexOf(centre.X, centre.Y);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = start; i < end; i++)
            {
                if (index.PlaceAt(i) is not { } ward || grid.CellIndexOf(index.PointAt(i).X, index.PointAt(i).Y) != cell
                    || !string.Equals(index.CategoryAt(i), spot.Category, StringComparison.OrdinalIgnoreCase)) continue;
                counts[ward] = counts.GetValueOrDefault(ward) + 1;
            }
            wards.Add(counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key);
        }
        return wards;
    }

    /// <summary>
    /// The Knox test (Manhattan distance, bands 0-100-200-300-400 m by 0-7-14-21-28 days, 199 permutations, seed 1) on
    /// each burglary category's incidents of the 365 days before the briefing's end; its significant cells (p &lt; 0.05)
    /// give the alert window. Kept per area, data version and day.
    /// </summary>
    private (IReadOnlyList<NearRepeatSignature>, string) NearRepeat(PlacedIncidents incidents, DateTime until)
    {
        var day = DateOnly.FromDateTime(until);
        var key = string.Create(CultureInfo.InvariantCulture, $"{incidents.Area.Code}|{incidents.Version}|{day:yyyy-MM-dd}");
        if (_knox.TryGetValue(key, out var held)) return held;
        var index = incidents.Index;
        var signatures = new List<NearRepeatSignature>();
        var notes = new List<string>();
        var options = new KnoxTestOptions(DistanceBands.FromBreaks([0, 101, 201, 301, 401, double.PositiveInfinity]), DistanceBands.FromBreaks([0, 8, 15, 22, 29, double.PositiveInfinity]))
        {
            Metric = DistanceMetric.Manhattan,
            Permutations = 199,
            Seed = 1,
        };
        var (start, end) = index.Days(day.AddDays(-365), day.AddDays(-1));
        foreach (var category in index.Categories.Where(c => NearRepeatCategories.Any(n => c.Contains(n, StringComparison.OrdinalIgnoreCase))).Order(StringComparer.Ordinal))
        {
            var events = new List<NearRepeatEvent>();
            for (var i = start; i < end; i++)
            {
                if (string.Equals(index.CategoryAt(i), category, StringComparison.OrdinalIgnoreCase)) events.Add(new NearRepeatEvent(index.PointAt(i).X, index.PointAt(i).Y, DateOnly.FromDateTime(index.TimeAt(i))));
            }
            if (events.Count < 20)
            {
                notes.Add($"{category}: {events.Count} incidents in the last year, too few to test");
                continue;
            }
            var knox = KnoxTest.Run(events, options);
            if (NearRepeatSignature.FromKnox(category, knox) is { } signature)
            {
                signatures.Add(signature);
                notes.Add(string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{category}: {events.Count:N0} incidents in the last year; near repeats within {signature.Metres:0} m for {signature.Days} days"));
            }
            else
            {
                notes.Add(string.Create(CultureInfo.GetCultureInfo("en-GB"), $"{category}: {events.Count:N0} incidents in the last year; no significant near-repeat pattern"));
            }
        }
        var method = "Near repeats: the Knox test (Manhattan distance, 0-100-200-300-400 m by 0-7-14-21-28 days, 199 permutations) on the year before the briefing; " +
            "an incident of a category with a significant pattern (p < 0.05) raises the risk within that distance for those days. " +
            (notes.Count == 0 ? "No burglary category is held." : string.Join("; ", notes) + ".");
        if (_knox.Count > 256) _knox.Clear();
        _knox[key] = (signatures, method);
        return (signatures, method);
    }
}
