namespace Csp.Workbench.Assessment;

/// <summary>One ward's or LSOA's count in a period and a baseline, and its rate per 1,000 residents.</summary>
/// <param name="PercentChange">Rounded to 0.1; null when the baseline is zero.</param>
/// <param name="PopulationYear">The latest estimate year not after the period's end (else the earliest held); null without an estimate.</param>
/// <param name="RatePer1000">Count per 1,000 residents for the period as given (not annualised), rounded to 0.01.</param>
public sealed record SmallAreaFigure(string Code, string Name, long Count, long BaselineCount, long Change, double? PercentChange,
    long? Population, int? PopulationYear, double? RatePer1000);
