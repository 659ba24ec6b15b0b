using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Periods;
using Csp.Storage.Areas;
using Csp.Reporting.GeoJson;
using Csp.Storage.Assessment;
using Csp.Workbench.Assessment;
using Csp.Storage;

namespace Csp.Workbench.Assessment;

/// <summary>What the API and the dashboard share: an area found by code or name, and the assessment answered or refused with reasons.</summary>
public static class AssessmentQueries
{
    /// <summary>An area by ONS code (from memory: no query) or by name (as <c>csp assess --area</c> finds it).</summary>
    /// <returns>The area, or null with the suggestions to offer.</returns>
    /// <param name="db">Opened only for a name: codes are answered from memory.</param>
    public static async Task<(Area? Area, IReadOnlyList<Area> Suggestions)> FindAreaAsync(AssessmentSnapshot snapshot, Func<CspDbContext> db, string query, CancellationToken cancellationToken)
    {
        var text = query.Trim();
        if (snapshot.Data.Areas.Find(text.ToUpperInvariant()) is { } byCode) return (byCode, []);
        var (chosen, _, suggestions) = await AreaDirectory.ResolveAsync(db(), text, cancellationToken).ConfigureAwait(false);
        return (chosen is null ? null : snapshot.Data.Areas.Find(chosen.Code) ?? chosen, suggestions);
    }

    /// <summary>The assessment, or a problem (status, title, detail, missing months) a person can act on.</summary>
    public static async Task<AssessmentAnswer> AnswerAsync(AssessmentSnapshot snapshot, AssessmentConfiguration configuration, Func<CspDbContext> db,
        string? areaQuery, PeriodComparison? periods, string? periodError, int? populationYear, bool partial, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(areaQuery)) return AssessmentAnswer.Problem(400, "Choose an area", "Give area: an ONS code such as E07000109 or a name such as Gravesham.");
        if (periods is null) return AssessmentAnswer.Problem(400, "The period is not understood", periodError ?? "Choose a period.");
        var (area, suggestions) = await FindAreaAsync(snapshot, db, areaQuery, cancellationToken).ConfigureAwait(false);
        if (area is null)
        {
            return AssessmentAnswer.Problem(404, "No such area", suggestions.Count == 0
                ? $"No area has the code or name '{areaQuery}'."
                : $"No area is called '{areaQuery}'. Did you mean: {string.Join(", ", suggestions.Take(8).Select(a => $"{a.Name} ({a.Code}, {a.Level})"))}?");
        }
        var outcome = snapshot.Assess(area, periods, configuration, populationYear, partial);
        if (outcome.Result is null)
        {
            return outcome.MissingMonths.Count > 0
                ? new AssessmentAnswer(null, 422, "The data lacks months this comparison needs", outcome.Refusal, outcome.MissingMonths, area)
                : new AssessmentAnswer(null, 422, "There is no data for this area", outcome.Refusal, [], area);
        }
        return new AssessmentAnswer(outcome.Result, 200, null, null, outcome.MissingMonths, area);
    }
}

/// <summary>An assessment, or why there is none: <see cref="Status"/> 400 (bad query), 404 (unknown area) or 422 (the data cannot answer).</summary>
public sealed record AssessmentAnswer(AssessmentResult? Result, int Status, string? Title, string? Detail, IReadOnlyList<MissingMonth> MissingMonths, Area? Area)
{
    public static AssessmentAnswer Problem(int status, string title, string detail) => new(null, status, title, detail, [], null);
}
