namespace Csp.Core.Briefing;

/// <param name="Tests">Place-and-category pairs tested (each with a 7-day and a 28-day window).</param>
/// <param name="ExpectedFalseAlarms">
/// Flags expected by chance alone if no place's rate had changed: the sum over the pairs of the exact chances that the 7-day and the
/// 28-day window reach their flagging counts under the place's own rate (discrete Poisson, so at most 2 × alpha a pair
/// and usually far less; adding the two windows' chances slightly overstates it, as they overlap). A briefing showing about this many flags is showing noise.
/// </param>
/// <param name="FalseAlarmRatePerTest">ExpectedFalseAlarms / Tests: the chance that a given pair is flagged on a given day when nothing changed.</param>
/// <param name="Method">The method in words, for the page and the printed briefing.</param>
public sealed record EmergingHotSpotsResult(
    DateTime Until,
    DateTime BaselineFrom,
    DateTime BaselineUntil,
    IReadOnlyList<EmergingHotSpot> HotSpots,
    int Tests,
    double ExpectedFalseAlarms,
    double FalseAlarmRatePerTest,
    string Method);
