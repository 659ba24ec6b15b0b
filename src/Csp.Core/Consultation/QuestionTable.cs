using System.Globalization;

namespace Csp.Core.Consultation;

/// <summary>
/// One question's table in the seeds' shape (T7, T8, T10, T11, T12): each option's count and % of those who answered,
/// with the base stated. For a grid, one table per issue (<see cref="Item"/>), as the seed's rows.
/// </summary>
/// <param name="Responses">All responses to the survey (weighted: the sum of the weights).</param>
/// <param name="Answered">Responses that answered this question (or this grid item): the base of the percentages.</param>
/// <param name="NoAnswer">Responses that did not: counted and shown apart, never in a percentage.</param>
/// <param name="Weighted">Whether counts are sums of weights (labelled so beside the raw table).</param>
public sealed record QuestionTable(
    string QuestionId, string Question, string? Item, QuestionKind Kind, bool Weighted,
    double Responses, double Answered, double NoAnswer, IReadOnlyList<OptionCount> Options)
{
    /// <summary>"407 of 420 answered" (seed 002); weighted bases to one decimal place.</summary>
    public string Base
    {
        get
        {
            var culture = CultureInfo.GetCultureInfo("en-GB");
            return Weighted
                ? string.Create(culture, $"{Answered:N1} of {Responses:N1} answered (weighted)")
                : string.Create(culture, $"{Answered:N0} of {Responses:N0} answered");
        }
    }
}
