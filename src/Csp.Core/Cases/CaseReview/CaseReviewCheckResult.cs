namespace Csp.Core.Cases.CaseReview;

/// <summary>
/// The answer of <c>csp case-review check --complaints FILE --application-date YYYY-MM-DD --format json</c>, shaped so that
/// camelCase serialisation (the product's JSON settings) gives exactly the contract's names: <c>thresholdMet</c>,
/// <c>qualifying</c> (a count), <c>complaints</c> with <c>qualifies</c> and <c>reason</c> each, and <c>acknowledgeBy</c>
/// and <c>decisionBy</c> as yyyy-MM-dd dates. The application date is taken as the day it was received.
/// </summary>
/// <param name="Required">How many qualifying complaints the threshold needs (the local setting).</param>
/// <param name="Notes">Warnings in words, e.g. a due date in a year the bank holiday list does not cover.</param>
public sealed record CaseReviewCheckResult(
    DateOnly ApplicationDate,
    bool ThresholdMet,
    int Qualifying,
    int Required,
    string Summary,
    IReadOnlyList<ComplaintCheck> Complaints,
    DateOnly AcknowledgeBy,
    DateOnly DecisionBy,
    IReadOnlyList<string> Notes)
{
    public static CaseReviewCheckResult Check(DateOnly applicationDate, IReadOnlyList<Complaint> complaints, CaseReviewSettings settings, Calendar.WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var threshold = CaseReviewThreshold.Check(applicationDate, complaints, settings);
        var deadlines = CaseReviewTimescales.For(new CaseReviewApplication("", applicationDate), settings, calendar);
        var acknowledge = deadlines.Single(d => d.Step == CaseReviewStep.Acknowledgement);
        var decision = deadlines.Single(d => d.Step == CaseReviewStep.ThresholdDecision);
        var notes = new List<string>();
        if (complaints.Count == 0) notes.Add("The file holds no complaints.");
        foreach (var d in new[] { acknowledge, decision }.Where(d => !d.Covered))
        {
            notes.Add($"The bank holiday list covers {calendar.FirstYear}-{calendar.LastYear} only: the {Words(d.Step)} due date " +
                      $"({CaseWords.Date(d.Due)}) counts no bank holidays outside it; add the year's bank holidays from GOV.UK.");
        }
        return new CaseReviewCheckResult(applicationDate, threshold.Met, threshold.Qualifying, threshold.Required, threshold.Summary,
            threshold.Complaints, acknowledge.Due, decision.Due, notes);
    }

    /// <summary>The result as lines of plain text, for <c>--format table</c> and for a person reading a terminal.</summary>
    public IReadOnlyList<string> Lines()
    {
        var lines = new List<string>
        {
            $"Application received {CaseWords.Date(ApplicationDate)}",
            Summary,
            "",
        };
        for (var i = 0; i < Complaints.Count; i++)
        {
            var c = Complaints[i];
            lines.Add($"{i + 1}. Made {CaseWords.ShortDate(c.ReportedOn)} to {(c.Agency.Length == 0 ? "an agency not named" : c.Agency)} about behaviour on {CaseWords.ShortDate(c.BehaviourOn)}: {(c.Qualifies ? "qualifies" : "does not qualify")}.");
            lines.Add($"   {c.Reason}");
        }
        if (Complaints.Count > 0) lines.Add("");
        lines.Add($"Acknowledge by {CaseWords.Date(AcknowledgeBy)}");
        lines.Add($"Decide the threshold by {CaseWords.Date(DecisionBy)}");
        lines.AddRange(Notes.Select(n => $"Note: {n}"));
        return lines;
    }

    private static string Words(CaseReviewStep step) => step switch
    {
        CaseReviewStep.Acknowledgement => "acknowledgement",
        CaseReviewStep.ThresholdDecision => "threshold decision",
        CaseReviewStep.ReviewMeeting => "review meeting",
        _ => "outcome letter",
    };
}
