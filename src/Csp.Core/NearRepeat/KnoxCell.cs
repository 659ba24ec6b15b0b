namespace Csp.Core.NearRepeat;

/// <summary>One space band by time band cell of the Knox table.</summary>
/// <param name="SpaceFrom">Lower bound of the space band in metres (included).</param>
/// <param name="SpaceTo">Upper bound of the space band in metres (excluded); null when the band has no upper bound.</param>
/// <param name="TimeFrom">Lower bound of the time band in days (included).</param>
/// <param name="TimeTo">Upper bound of the time band in days (excluded); null when the band has no upper bound.</param>
/// <param name="Observed">Pairs of incidents this far apart in both space and time.</param>
/// <param name="ExpectedMean">Mean count over the permutations of dates: what chance alone gives.</param>
/// <param name="KnoxRatio">Observed / ExpectedMean; null when ExpectedMean is 0 (the ratio is undefined).</param>
/// <param name="PValue">(1 + permutations with a count at or above Observed) / (1 + permutations): one-sided, never 0.</param>
public sealed record KnoxCell(
    double SpaceFrom,
    double? SpaceTo,
    double TimeFrom,
    double? TimeTo,
    long Observed,
    double ExpectedMean,
    double? KnoxRatio,
    double PValue);
