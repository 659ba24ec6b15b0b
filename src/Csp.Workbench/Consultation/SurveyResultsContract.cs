using System.Text.Json.Serialization;
using Csp.Core.Consultation;

namespace Csp.Workbench.Consultation;

/// <summary>
/// <c>csp survey results --format json</c> (a contract, documented in README): the survey, each question's table
/// (per grid item), the weighted tables when weights exist, the free-text themes, representativeness and community
/// concern. Percentages are of those who answered the question, unrounded; no answer is counted apart.
/// </summary>
public sealed record SurveyResultsContract(
    [property: JsonPropertyName("survey")] SurveySummary Survey,
    [property: JsonPropertyName("demo")] bool Demo,
    [property: JsonPropertyName("tables")] IReadOnlyList<SurveyResultsContract.Table> Tables,
    [property: JsonPropertyName("weighted")] IReadOnlyList<SurveyResultsContract.Table> Weighted,
    [property: JsonPropertyName("weightingNote")] string? WeightingNote,
    [property: JsonPropertyName("themes")] IReadOnlyList<SurveyResultsContract.Themes> FreeText,
    [property: JsonPropertyName("representativeness")] IReadOnlyList<SurveyResultsContract.Characteristic> Representativeness,
    [property: JsonPropertyName("populationIssues")] IReadOnlyList<string> PopulationIssues,
    [property: JsonPropertyName("communityConcern")] IReadOnlyList<SurveyResultsContract.Concern> CommunityConcern)
{
    public sealed record Table(string QuestionId, string Question, string? Item, string Kind, double Answered, double NoAnswer, double Responses, string Base, IReadOnlyList<Option> Options);

    public sealed record Option([property: JsonPropertyName("option")] string Name, double Count, double? Percent,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? FirstChoicePercent,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? SecondChoicePercent);

    public sealed record Themes(string QuestionId, string Question, int Comments, int Unthemed, IReadOnlyList<ThemeCount> Counts);

    public sealed record Characteristic([property: JsonPropertyName("characteristic")] string Name, string QuestionId, string Source, double Compared, double NoAnswer, double NotCompared,
        IReadOnlyList<GroupComparison> Groups, double? ChiSquare, int? DegreesOfFreedom, double? PValue, bool? Significant, IReadOnlyList<string> PooledGroups, string Summary);

    public sealed record Concern(string Category, double Score, double SharePercent, double Answered, string Issue, string Measure, string Provenance);

    public static SurveyResultsContract Of(SurveyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        static Table Map(QuestionTable t) => new(t.QuestionId, t.Question, t.Item, t.Kind.ToString(), t.Answered, t.NoAnswer, t.Responses, t.Base,
            t.Options.Select(o => new Option(o.Option, o.Count, o.Percent,
                t.Kind == QuestionKind.RankedChoice ? o.FirstChoicePercent : null, t.Kind == QuestionKind.RankedChoice ? o.SecondChoicePercent : null)).ToList());
        return new SurveyResultsContract(report.Survey, report.Survey.Demo,
            report.Results.Tables.Select(Map).ToList(), report.Results.Weighted.Select(Map).ToList(), report.Results.WeightingNote,
            report.Themes.Select(t => new Themes(t.QuestionId, t.Question, t.Themes.Comments, t.Themes.Unthemed, t.Themes.Themes)).ToList(),
            report.Representativeness.Select(c => new Characteristic(c.Characteristic, c.QuestionId, c.Source, c.Compared, c.NoAnswer, c.NotCompared, c.Groups,
                c.Test?.Statistic, c.Test?.DegreesOfFreedom, c.Test?.PValue, c.Test?.Significant, c.PooledGroups, c.Summary)).ToList(),
            report.PopulationIssues.Select(i => i.ToString()).ToList(),
            report.Concern.Select(c => new Concern(c.Category, c.Score, c.SharePercent, c.Answered, c.Issue, c.Measure, c.Provenance)).ToList());
    }
}
