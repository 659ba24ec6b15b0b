namespace Csp.Core.NearRepeat;

/// <summary>One dated incident for the Knox test: where (projected metres) and on which day.</summary>
/// <remarks>Time is whole days: two incidents on the same date are 0 days apart whatever their times of day.</remarks>
public readonly record struct NearRepeatEvent(double X, double Y, DateOnly Date);
