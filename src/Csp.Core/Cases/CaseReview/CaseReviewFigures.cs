using Csp.Core.Reports;

namespace Csp.Core.Cases.CaseReview;

/// <summary>
/// The ASB Case Review figures a partnership must publish for a period (usually a financial year): applications
/// received, times the threshold was not met, reviews carried out, and reviews that resulted in recommendations. Counts
/// only, no personal data. Each figure counts the events that happened in the period (from and to both inclusive): an
/// application received in March and decided in April is received in one year and decided in the next.
/// </summary>
public sealed record CaseReviewFigures(
    DateOnly From,
    DateOnly To,
    int ApplicationsReceived,
    int ThresholdNotMet,
    int ReviewsHeld,
    int ReviewsWithRecommendations)
{
    /// <summary>
    /// The figures as a public report shows them: each from 1 to <paramref name="suppressBelow"/> - 1 withheld. When
    /// threshold-not-met and reviews held add up to the applications received (every application of the period decided
    /// and reviewed in it), one withheld would follow from the other two, so the other of the pair is withheld as well.
    /// </summary>
    public PublishedCaseReviewFigures ForPublication(int suppressBelow)
    {
        var received = PublicCount.Of(ApplicationsReceived, suppressBelow);
        var pair = ThresholdNotMet + ReviewsHeld == ApplicationsReceived
            ? PublicCount.Parts([ThresholdNotMet, ReviewsHeld], ApplicationsReceived, suppressBelow)
            : [PublicCount.Of(ThresholdNotMet, suppressBelow), PublicCount.Of(ReviewsHeld, suppressBelow)];
        return new PublishedCaseReviewFigures(From, To, received, pair[0], pair[1], PublicCount.Of(ReviewsWithRecommendations, suppressBelow));
    }
}
