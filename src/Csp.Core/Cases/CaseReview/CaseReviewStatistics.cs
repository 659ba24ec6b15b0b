namespace Csp.Core.Cases.CaseReview;

/// <summary>Counts the published ASB Case Review figures from a list of applications (see <see cref="CaseReviewFigures"/>).</summary>
public static class CaseReviewStatistics
{
    /// <param name="from">First day of the period, inclusive.</param>
    /// <param name="to">Last day of the period, inclusive.</param>
    public static CaseReviewFigures For(IEnumerable<CaseReviewApplication> applications, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(applications);
        if (to < from) throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        bool In(DateOnly? day) => day is { } d && d >= from && d <= to;
        int received = 0, notMet = 0, held = 0, withRecommendations = 0;
        foreach (var a in applications)
        {
            if (In(a.ReceivedOn)) received++;
            if (a.ThresholdMet == false && In(a.ThresholdDecidedOn)) notMet++;
            if (In(a.ReviewHeldOn))
            {
                held++;
                if (a.Recommendations > 0) withRecommendations++;
            }
        }
        return new CaseReviewFigures(from, to, received, notMet, held, withRecommendations);
    }

    /// <summary>The financial year starting 1 April <paramref name="startYear"/> and ending 31 March the next year.</summary>
    public static CaseReviewFigures ForFinancialYear(IEnumerable<CaseReviewApplication> applications, int startYear) =>
        For(applications, new DateOnly(startYear, 4, 1), new DateOnly(startYear + 1, 3, 31));
}
