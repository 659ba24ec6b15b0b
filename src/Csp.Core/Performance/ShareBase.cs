namespace Csp.Core.Performance;

/// <summary>
/// The people a share counted from personal records is of, for small-number suppression: the domestic abuse repeat share
/// is of <see cref="Whole"/> victims (those with a victim key and an incident in the period), <see cref="Part"/> of whom
/// are repeat victims. The share is shown as a percentage; these counts are never shown, only judged
/// (<see cref="ShareSuppression"/>).
/// </summary>
/// <remarks>
/// A share a partner returns as a percentage may carry its base in the same return: two more rows of the same measure,
/// area and period with the breakdown <c>base=numerator</c> (the people counted: repeat victims) and <c>base=denominator</c>
/// (what the share is of: victims, or incidents), each a count (data/sample/returns/README.md, "A share's base").
/// </remarks>
public readonly record struct ShareBase(long Part, long Whole)
{
    /// <summary>The breakdown key of a returned share's base rows.</summary>
    public const string Key = "base";

    public const string Numerator = "numerator";

    public const string Denominator = "denominator";

    /// <summary>"numerator" or "denominator" when the breakdown is the base of the headline share, else null.</summary>
    public static string? PartOf(string breakdown) =>
        Breakdown.Get(breakdown, Key) is { } part && Breakdown.IsHeadline(Breakdown.Without(breakdown, Key))
            ? part.Equals(Numerator, StringComparison.OrdinalIgnoreCase) ? Numerator : part.Equals(Denominator, StringComparison.OrdinalIgnoreCase) ? Denominator : null
            : null;
}
