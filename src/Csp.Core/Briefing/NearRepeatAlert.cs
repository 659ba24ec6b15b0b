namespace Csp.Core.Briefing;

/// <summary>
/// An incident of the briefing's window that starts a near-repeat window: addresses less than <see cref="Metres"/> away
/// (by the Knox test's metric) are at raised risk until <see cref="AlertUntil"/> (included).
/// </summary>
/// <param name="EarlierNearby">Incidents of the category already within the distance in the <paramref name="Days"/> days before it: a chain in progress when above 0.</param>
public sealed record NearRepeatAlert(string IncidentId, string Category, DateTime When, double X, double Y, double Metres, int Days, DateOnly AlertUntil, int EarlierNearby);
