using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Periods;

namespace Csp.Workbench.Assessment;

/// <summary>An assessment, or why there is none (<see cref="Kind"/>, a title and a detail a person can act on).</summary>
/// <param name="Note">Said beside an answer, e.g. that a name means several areas and which was taken.</param>
public sealed record AssessmentAnswer(AssessmentResult? Result, AnswerKind Kind, string? Title, string? Detail, IReadOnlyList<MissingMonth> MissingMonths, Area? Area,
    string? Note = null, PeriodComparison? Periods = null)
{
    /// <summary>The HTTP status of the answer: 200, 400, 404 or 422.</summary>
    public int Status => Kind switch
    {
        AnswerKind.Answered => 200,
        AnswerKind.BadRequest => 400,
        AnswerKind.NotFound => 404,
        AnswerKind.Forbidden => 403,
        _ => 422,
    };

    /// <summary>The months the data lacks joined into ranges (what a refusal lists: a long period is a few ranges, not every month).</summary>
    public IReadOnlyList<MissingRange> MissingRanges { get; init; } = [];

    /// <summary>Categories left out of <see cref="Result"/> because the reader may not see their small numbers (<see cref="Withholding"/>), in the table's order.</summary>
    public IReadOnlyList<string> Withheld { get; init; } = [];

    public static AssessmentAnswer Problem(AnswerKind kind, string title, string detail) => new(null, kind, title, detail, [], null);
}
