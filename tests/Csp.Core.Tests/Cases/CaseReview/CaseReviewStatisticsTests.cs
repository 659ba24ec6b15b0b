using Csp.Core.Cases.CaseReview;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Cases.CaseReview;

public sealed class CaseReviewStatisticsTests
{
    // Financial year 2025-26 runs 1 April 2025 to 31 March 2026, both inclusive.
    private static readonly CaseReviewApplication[] Applications =
    [
        // Received in 2024-25, decided (not met) in 2025-26: counted as threshold not met in 2025-26 only.
        new("A", D("2025-03-25")) { ThresholdDecidedOn = D("2025-04-02"), ThresholdMet = false },
        // Received on the first day; reviewed with two recommendations.
        new("B", D("2025-04-01")) { ThresholdDecidedOn = D("2025-04-10"), ThresholdMet = true, ReviewHeldOn = D("2025-05-08"), Recommendations = 2 },
        // Reviewed without recommendations.
        new("C", D("2025-06-01")) { ThresholdDecidedOn = D("2025-06-10"), ThresholdMet = true, ReviewHeldOn = D("2025-07-01") },
        new("D", D("2025-09-09")) { ThresholdDecidedOn = D("2025-09-12"), ThresholdMet = false },
        // Received on the last day, not yet decided.
        new("E", D("2026-03-31")),
        // Received in the year, reviewed in the next: received only.
        new("F", D("2026-03-02")) { ThresholdDecidedOn = D("2026-03-13"), ThresholdMet = true, ReviewHeldOn = D("2026-04-09"), Recommendations = 1 },
        // Wholly in the next year.
        new("G", D("2026-04-01")) { ThresholdDecidedOn = D("2026-04-02"), ThresholdMet = false },
    ];

    [Fact]
    public void Each_figure_counts_its_own_events_in_the_financial_year()
    {
        var figures = CaseReviewStatistics.ForFinancialYear(Applications, 2025);

        Assert.Equal(D("2025-04-01"), figures.From);
        Assert.Equal(D("2026-03-31"), figures.To);
        Assert.Equal(5, figures.ApplicationsReceived);  // B, C, D, E, F
        Assert.Equal(2, figures.ThresholdNotMet);       // A (decided 2 April 2025), D
        Assert.Equal(2, figures.ReviewsHeld);           // B, C
        Assert.Equal(1, figures.ReviewsWithRecommendations); // B
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        Assert.Throws<ArgumentException>(() => CaseReviewStatistics.For(Applications, D("2026-01-01"), D("2025-12-31")));
    }

    [Fact]
    public void Published_figures_withhold_counts_from_one_to_four()
    {
        var published = new CaseReviewFigures(D("2025-04-01"), D("2026-03-31"), 12, 3, 7, 0).ForPublication(5);

        Assert.Equal("12", published.ApplicationsReceived.Text);
        Assert.True(published.ThresholdNotMet.Withheld);
        Assert.Equal("7", published.ReviewsHeld.Text);
        Assert.Equal("0", published.ReviewsWithRecommendations.Text); // zero identifies no one
    }

    [Fact]
    public void When_not_met_and_reviews_held_add_up_to_the_applications_the_other_of_the_pair_is_withheld_too()
    {
        // 3 + 9 = 12: showing 12 and 9 would give the withheld 3 away.
        var published = new CaseReviewFigures(D("2025-04-01"), D("2026-03-31"), 12, 3, 9, 6).ForPublication(5);

        Assert.True(published.ThresholdNotMet.Withheld);
        Assert.True(published.ReviewsHeld.Withheld);
        Assert.Null(published.ReviewsHeld.Value);
        Assert.Equal(12, published.ApplicationsReceived.Value);
        Assert.Equal(6, published.ReviewsWithRecommendations.Value);
    }
}
