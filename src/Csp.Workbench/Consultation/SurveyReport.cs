using Csp.Core.Consultation;
using Csp.Core.Imports;

namespace Csp.Workbench.Consultation;

/// <summary>
/// Everything the results show: the tables (raw, and weighted beside them when the population is known), the free-text
/// themes, the sample against the population (T9) and the community concern the survey gives priority scoring. Never a
/// postcode or a comment's respondent beyond its response key.
/// </summary>
/// <param name="Weights">Null when the survey could not be compared with a population (no area, no demographic question, no figures for its area).</param>
/// <param name="PopulationIssues">Why a characteristic could not be compared (missing files, groups, areas).</param>
public sealed record SurveyReport(
    SurveySummary Survey, Survey Definition, SurveyResults Results, IReadOnlyList<ThemedQuestion> Themes,
    IReadOnlyList<CharacteristicComparison> Representativeness, RakingResult? Weights, IReadOnlyList<ImportIssue> PopulationIssues,
    IReadOnlyList<CommunityConcernScore> Concern, string? ConcernQuestion);
