namespace Csp.Core.Consultation;

/// <summary>The outcome of checking one submission: the accepted response, or the errors to show (never both).</summary>
public sealed record ResponseValidation(SurveyResponse? Response, IReadOnlyList<AnswerError> Errors)
{
    public bool IsValid => Response is not null;
}
