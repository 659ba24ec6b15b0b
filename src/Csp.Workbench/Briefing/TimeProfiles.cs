using Csp.Core.Briefing;
using Csp.Core.Imports;
using Csp.Ingest.Configuration;
using Csp.Workbench.Assessment;
using Csp.Workbench.Hosting;

namespace Csp.Workbench.Briefing;

/// <summary>
/// When an area's incidents happen (<c>csp time-profile</c>, the briefing page's profile): by hour, by day of week and
/// hour, by month, the share in a window of the clock (19:00-01:00 spans midnight), and the partnership's dated events
/// (data/config/dated-events.csv: Halloween, Bonfire Night, Christmas, school holidays) against the same days in other weeks.
/// </summary>
public sealed class TimeProfiles(AreaIncidents areaIncidents, CspHomeFolder home)
{
    public async Task<TimeProfileOutcome> ComputeAsync(string area, DateOnly from, DateOnly to, IReadOnlyCollection<string>? categories, TimeOfDayWindow? window,
        CancellationToken cancellationToken, string? label = null)
    {
        if (to < from) return TimeProfileOutcome.Refused(AnswerKind.BadRequest, $"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).");
        var (match, incidents) = await areaIncidents.ForAsync(area, cancellationToken).ConfigureAwait(false);
        if (incidents is null) return TimeProfileOutcome.Refused(AnswerKind.NotFound, match.Problem!);
        if (categories is { Count: > 0 })
        {
            var unknown = categories.Where(c => !incidents.Index.Categories.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                return TimeProfileOutcome.Refused(AnswerKind.BadRequest,
                    $"No incidents of {string.Join(", ", unknown.Select(u => $"'{u}'"))} are held for {incidents.Area.Name}; the categories held are: {string.Join(", ", incidents.Index.Categories.Order(StringComparer.Ordinal))}.");
            }
        }
        var (events, issues) = ReadEvents();
        var request = new TimeProfileRequest(from, to, categories, window) { Events = events, Label = label };
        var result = TimeProfile.Compute(incidents.Index, request);
        return new TimeProfileOutcome(AnswerKind.Answered, null, incidents, result, issues);
    }

    private (IReadOnlyList<DatedEvent>, IReadOnlyList<ImportIssue>) ReadEvents()
    {
        var path = CspHome.Configuration(home.Path, "dated-events.csv");
        if (!File.Exists(path)) return ([], []);
        using var stream = File.OpenRead(path);
        return DatedEventCsvReader.Read(stream, path);
    }
}
