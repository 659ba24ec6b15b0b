namespace Csp.Core.Performance;

/// <summary>One headline figure of a measure for one area and period, as the engine holds it.</summary>
/// <param name="Value">Null when the source said "not available".</param>
/// <param name="Unit">The unit the figure was given in: a count for a rate measure means the engine divides by residents.</param>
/// <param name="Base">The people a share counted from personal records is of (small-number suppression); null for any other figure.</param>
public readonly record struct SeriesPoint(ReturnPeriod Period, decimal? Value, MeasureUnit Unit, ShareBase? Base = null);
