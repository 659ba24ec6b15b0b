using System.Collections.Concurrent;
using System.Text.Json;
using Csp.Core.Assessment;
using Csp.Workbench.Hosting;
using Csp.Core.Areas;
using Csp.Core.Periods;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Assessment;

/// <summary>
/// What the database held at one moment, in memory: the assessment data, and answers computed from it (assessments,
/// outlines for maps, sibling rates), kept until the next import replaces the whole snapshot.
/// </summary>
public sealed class AssessmentSnapshot(AssessmentData data, IReadOnlyList<Area> forceAreas, long generation)
{
    /// <summary>Above this many remembered answers of a kind, they are forgotten and computed again (bounds memory for any mix of queries).</summary>
    private const int Remembered = 4096;

    private readonly ConcurrentDictionary<string, AssessmentService.Outcome> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _computed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<AssessmentResult, byte[]> _json = new(ReferenceEqualityComparer.Instance);

    public AssessmentData Data { get; } = data;

    /// <summary>The area hierarchy (LSOA > ward > district > CSP > force), for hosts that must not reach the data itself.</summary>
    public AreaModel Areas => Data.Areas;

    /// <summary>The crime types the counts hold, in their order.</summary>
    public IReadOnlyList<string> CrimeTypes => Data.Counts.CrimeTypes;

    /// <summary>Force areas whose own force's data is held: the dashboard's top level.</summary>
    public IReadOnlyList<Area> ForceAreas { get; } = forceAreas;

    public long Generation { get; } = generation;

    private AreaListing? _listing;

    /// <summary>The force areas with data and the CSPs and districts with data in each, as the dashboard lists them (the whole data's).</summary>
    public AreaListing Listing => _listing ??= AreaListing.Of(Data, ForceAreas);

    /// <param name="variant">What else the configuration depends on for this area (the survey version giving its community concern), for the key of the remembered answers.</param>
    /// <param name="note">A note to add to the result's (where the community concern came from).</param>
    public AssessmentService.Outcome Assess(Area area, PeriodComparison periods, AssessmentConfiguration configuration, int? populationYear, bool partial, string? variant = null,
        string? note = null)
    {
        var key = $"{area.Code}|{periods.Period}|{periods.Baseline}|{periods.Kind}|{populationYear}|{partial}|{variant}";
        if (_outcomes.TryGetValue(key, out var outcome)) return outcome;
        outcome = AssessmentService.Assess(Data, area, periods, configuration.Scheme, configuration.Judgements, populationYear, partial, group: configuration.GroupOf(area.Code));
        if (note is not null && outcome.Result is { } result) outcome = outcome with { Result = result with { Notes = [.. result.Notes, note] } };
        if (_outcomes.Count >= Remembered) _outcomes.Clear();
        return _outcomes.GetOrAdd(key, outcome);
    }

    /// <summary>
    /// The result as the API sends it (<see cref="CspJson.Compact"/>, the model of <c>csp assess --format json</c>),
    /// serialised once: the same area and period asked again costs a copy of bytes, not 50 KB of serialisation.
    /// </summary>
    public byte[] Json(AssessmentResult result)
    {
        if (_json.TryGetValue(result, out var bytes)) return bytes;
        if (_json.Count >= Remembered) _json.Clear();
        return _json.GetOrAdd(result, r => JsonSerializer.SerializeToUtf8Bytes(r, CspJson.Compact));
    }

    /// <summary>Computes once per key (concurrent callers share the work) what is expensive to compute, like map outlines.</summary>
    public async Task<T> RememberAsync<T>(string key, Func<Task<T>> compute) where T : class
    {
        if (_computed.Count >= Remembered) _computed.Clear();
        var lazy = _computed.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await compute().ConfigureAwait(false)));
        try
        {
            return (T)await lazy.Value.ConfigureAwait(false);
        }
        catch
        {
            _computed.TryRemove(key, out _);
            throw;
        }
    }

    /// <summary>The CSPs and districts a user can choose under a force area, and the force area itself.</summary>
    public IReadOnlyList<Area> Choosable(Area forceArea) =>
        [forceArea, .. Data.Areas.Within(forceArea, AreaLevel.CommunitySafetyPartnership), .. Data.Areas.Within(forceArea, AreaLevel.District)];

    /// <summary>
    /// The comparison a dashboard opens with: the latest year ending September the data covers (period and baseline), else
    /// the latest rolling twelve months, else the longest run of this year's months compared with the same months of the
    /// latest earlier year that holds them all (the bundled sample: Jan-Nov 25 against Jan-Nov 22). Null when nothing fits.
    /// </summary>
    public PeriodComparison? DefaultPeriods(Area area)
    {
        var forces = Data.ForcesServing(area);
        if (forces.Count == 0) return null;
        bool Held(MonthRange r) => r.Months().All(m => forces.All(f => Data.MonthsByForce[f].Contains(m)));
        bool Covers(PeriodComparison c) => Held(c.Period) && Held(c.Baseline);
        var last = forces.SelectMany(f => Data.MonthsByForce[f]).Max();
        var first = forces.SelectMany(f => Data.MonthsByForce[f]).Min();
        var september = PeriodComparison.YearEndingSeptember(last.Month >= 9 ? last.Year : last.Year - 1);
        if (Covers(september)) return september;
        var rolling = PeriodComparison.YearEnding(last);
        if (Covers(rolling)) return rolling;
        for (var end = last; end.Year == last.Year; end = end.AddMonths(-1))
        {
            var period = new MonthRange(new YearMonth(last.Year, 1), end);
            for (var year = last.Year - 1; year >= first.Year; year--)
            {
                var baseline = period.Shift((year - last.Year) * 12);
                if (Held(period) && Held(baseline)) return PeriodComparison.Explicit(period, baseline);
            }
        }
        return null;
    }
}
