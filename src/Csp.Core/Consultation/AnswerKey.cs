namespace Csp.Core.Consultation;

/// <summary>
/// Where one answer goes: the question, and for a grid the item (the text), for a ranked choice the rank
/// ("1", "2"), for "Other, please say" the part <see cref="OtherText"/>; null for a question with a single answer.
/// </summary>
public readonly record struct AnswerKey(string QuestionId, string? Part = null)
{
    public const string OtherText = "other";

    public static AnswerKey Rank(string questionId, int rank) => new(questionId, rank.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => Part is null ? QuestionId : $"{QuestionId}[{Part}]";
}
