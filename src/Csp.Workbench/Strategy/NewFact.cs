namespace Csp.Workbench.Strategy;

/// <summary>A fact as the analyst links it: the priority (theme number), the area (code or name), the category, the measure (count, change, rate, rank) and the months (<c>yyyy-MM..yyyy-MM</c>; the baseline defaults to the same months a year before).</summary>
public sealed record NewFact(int Theme, string? Area, string? Category, string? Measure, string? Period, string? Baseline);
