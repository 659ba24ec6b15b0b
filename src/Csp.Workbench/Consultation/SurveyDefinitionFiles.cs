namespace Csp.Workbench.Consultation;

/// <summary>What <c>csp import survey</c> takes: the definition JSON and the analyst's files that go with it.</summary>
/// <param name="Area">The area the survey is of (ONS code or name): its community concern feeds that area's priorities, and its districts' population is the base of representativeness.</param>
/// <param name="Themes">Free-text question id -> a theme list CSV (<c>Theme,Keywords</c>).</param>
/// <param name="ConcernMapping">A CSV <c>Issue,Category</c>: which survey issue speaks for which candidate priority.</param>
/// <param name="ConcernQuestion">The question whose tables give community concern; null: the first priority grid, else ranked or single choice.</param>
/// <param name="Demo">The bundled sample (reconstructed responses, not real): labelled so wherever it shows.</param>
public sealed record SurveyDefinitionFiles(string Definition, string? Area = null, IReadOnlyList<(string QuestionId, string Path)>? Themes = null,
    string? ConcernMapping = null, string? ConcernQuestion = null, int? PostcodeRetentionDays = null, bool Demo = false);
