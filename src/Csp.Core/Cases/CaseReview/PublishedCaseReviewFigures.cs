using Csp.Core.Reports;

namespace Csp.Core.Cases.CaseReview;

/// <summary><see cref="CaseReviewFigures"/> after small-number suppression, ready for a public (Part 1) output.</summary>
public sealed record PublishedCaseReviewFigures(
    DateOnly From,
    DateOnly To,
    PublicCount ApplicationsReceived,
    PublicCount ThresholdNotMet,
    PublicCount ReviewsHeld,
    PublicCount ReviewsWithRecommendations);
