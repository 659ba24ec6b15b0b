namespace Csp.Core.Cases.CaseReview;

/// <summary>The steps of an ASB Case Review that have a timescale, in the order they happen.</summary>
public enum CaseReviewStep
{
    Acknowledgement,
    ThresholdDecision,
    ReviewMeeting,
    OutcomeLetter,
}
