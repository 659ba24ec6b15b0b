namespace Csp.Core.Cases.CaseReview;

/// <summary>Whether an application meets the ASB Case Review threshold, and how each complaint was judged (in the order given).</summary>
/// <param name="Qualifying">How many complaints qualify.</param>
/// <param name="Required">How many are needed (the local setting).</param>
public sealed record ThresholdResult(
    DateOnly ApplicationDate,
    bool Met,
    int Qualifying,
    int Required,
    IReadOnlyList<ComplaintCheck> Complaints,
    string Summary);
