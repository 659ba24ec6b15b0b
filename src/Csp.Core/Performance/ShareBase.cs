namespace Csp.Core.Performance;

/// <summary>
/// The people a share counted from personal records is of, for small-number suppression: the domestic abuse repeat share
/// is of <see cref="Whole"/> victims (those with a victim key and an incident in the period), <see cref="Part"/> of whom
/// are repeat victims. The share is shown as a percentage; these counts are never shown, only judged
/// (<see cref="ShareSuppression"/>).
/// </summary>
public readonly record struct ShareBase(long Part, long Whole);
