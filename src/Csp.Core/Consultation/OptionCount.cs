namespace Csp.Core.Consultation;

/// <summary>
/// One option's row of a question's table. Counts are respondents (weighted sums in a weighted table); percentages are
/// of those who answered the question (0 to 100, unrounded), null when nobody did.
/// </summary>
/// <param name="Count">Respondents choosing the option; for a ranked choice, choosing it at any rank.</param>
/// <param name="ChoiceCounts">Ranked choice only: respondents choosing it first, second, ...; empty otherwise.</param>
/// <param name="ChoicePercents">Ranked choice only: the same as % of those who answered the question (seed 003: 46.3% first, 32.4% second, both of 136).</param>
public sealed record OptionCount(string Option, double Count, double? Percent, IReadOnlyList<double> ChoiceCounts, IReadOnlyList<double?> ChoicePercents)
{
    public double? FirstChoicePercent => ChoicePercents.Count > 0 ? ChoicePercents[0] : null;

    public double? SecondChoicePercent => ChoicePercents.Count > 1 ? ChoicePercents[1] : null;
}
