namespace Csp.Workbench.Cases;

/// <summary>What has been done on an ASB Case Review; a null leaves what is recorded.</summary>
public sealed record CaseReviewProgress(DateOnly? AcknowledgedOn, DateOnly? ThresholdDecidedOn, bool? ThresholdMet, DateOnly? ReviewHeldOn, DateOnly? OutcomeSentOn,
    int? Recommendations, string? Decision);
