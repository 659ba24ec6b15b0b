using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Imports;
using Csp.Core.Periods;
using Csp.Workbench.Assessment;

namespace Csp.Workbench.Reports;

/// <summary>A report made, or why not (<see cref="Kind"/>, a title and detail), with the template's warnings either way.</summary>
public sealed record ReportOutcome(ReportFile? File, AnswerKind Kind, string? Title, string? Detail, IReadOnlyList<MissingMonth> MissingMonths,
    IReadOnlyList<ImportIssue> TemplateErrors, IReadOnlyList<ImportIssue> TemplateWarnings, Area? Area = null, string? Note = null)
{
    public int Status => Kind switch
    {
        AnswerKind.Answered => 200,
        AnswerKind.BadRequest => 400,
        AnswerKind.NotFound => 404,
        AnswerKind.Forbidden => 403,
        _ => TemplateErrors.Count > 0 && MissingMonths.Count == 0 ? 500 : 422,
    };

    public static ReportOutcome Problem(AnswerKind kind, string title, string detail) => new(null, kind, title, detail, [], [], []);
}
