namespace Csp.Core.Cases.CaseReview;

/// <summary>
/// An ASB Case Review application and the dates of what has been done on it, as much as the timescales and the annual
/// statistics need (the case, the applicant and the complaints are held elsewhere).
/// </summary>
/// <param name="ReceivedOn">The day the application reached the partnership: day 0 of every timescale.</param>
public sealed record CaseReviewApplication(string Reference, DateOnly ReceivedOn)
{
    public DateOnly? AcknowledgedOn { get; init; }

    /// <summary>The day the threshold decision was made; <see cref="ThresholdMet"/> says which way.</summary>
    public DateOnly? ThresholdDecidedOn { get; init; }

    /// <summary>Null until the threshold decision is made.</summary>
    public bool? ThresholdMet { get; init; }

    public DateOnly? ReviewHeldOn { get; init; }

    /// <summary>The day the applicant was sent the review's outcome.</summary>
    public DateOnly? OutcomeSentOn { get; init; }

    /// <summary>Recommendations the review made to agencies (0 when it made none or has not been held).</summary>
    public int Recommendations { get; init; }
}
