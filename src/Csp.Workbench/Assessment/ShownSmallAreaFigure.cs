namespace Csp.Workbench.Assessment;

/// <summary>
/// A ward's or LSOA's figures as a reader may see them (<see cref="Withholding.SmallAreas"/>): the same as
/// <see cref="SmallAreaFigure"/>, with the counts, change and rate null when <paramref name="Withheld"/> (a small number
/// the reader's role may not see).
/// </summary>
public sealed record ShownSmallAreaFigure(string Code, string Name, long? Count, long? BaselineCount, long? Change, double? PercentChange,
    long? Population, int? PopulationYear, double? RatePer1000, bool Withheld);
