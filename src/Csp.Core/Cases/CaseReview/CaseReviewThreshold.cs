namespace Csp.Core.Cases.CaseReview;

/// <summary>
/// The ASB Case Review threshold: a complaint qualifies when it was made within one month of the behaviour it reports
/// and the application was made within six months of the complaint; the threshold is met by three qualifying
/// complaints (each number a local setting, <see cref="CaseReviewSettings"/>).
/// </summary>
/// <remarks>
/// "Within N months" is by the calendar, inclusive of its last day: a complaint made on <c>behaviour + N months</c>
/// qualifies and one made the day after does not. Adding months keeps the day of the month and clamps it to the end of a
/// shorter month (.NET's <see cref="DateOnly.AddMonths"/>), so behaviour on 31 January allows a complaint up to
/// 28 February (29 in a leap year), and behaviour on 28 February allows one up to 28 March, not 31 March. The same rule
/// gives the last day for the application: a complaint made on 31 August supports an application up to 28 February.
/// A complaint made after the application, or dated before the behaviour it reports, cannot qualify. Complaints are not
/// de-duplicated: each complaint the applicant made counts, as the Act counts complaints, not incidents.
/// </remarks>
public static class CaseReviewThreshold
{
    public static ThresholdResult Check(DateOnly applicationDate, IReadOnlyList<Complaint> complaints, CaseReviewSettings settings)
    {
        ArgumentNullException.ThrowIfNull(complaints);
        ArgumentNullException.ThrowIfNull(settings);
        var checks = new List<ComplaintCheck>(complaints.Count);
        foreach (var complaint in complaints) checks.Add(Judge(applicationDate, complaint, settings));
        var qualifying = checks.Count(c => c.Qualifies);
        var required = settings.QualifyingComplaints;
        var met = qualifying >= required;
        var needed = required == 1 ? "1 is needed" : $"{required} are needed";
        var counted = complaints.Count == 0
            ? $"no complaints were given; {needed}"
            : $"{qualifying} of {complaints.Count} {(complaints.Count == 1 ? "complaint" : "complaints")} {(qualifying == 1 ? "qualifies" : "qualify")}; {needed}";
        var summary = $"The threshold is {(met ? "met" : "not met")}: {counted}.";
        return new ThresholdResult(applicationDate, met, qualifying, required, checks, summary);
    }

    public static ComplaintCheck Judge(DateOnly applicationDate, Complaint complaint, CaseReviewSettings settings)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(settings);
        var reportBy = complaint.BehaviourOn.AddMonths(settings.ComplaintWithinMonths);
        var applyBy = complaint.ReportedOn.AddMonths(settings.ApplicationWithinMonths);
        var complaintWindow = CaseWords.Count(settings.ComplaintWithinMonths, "month", "months");
        var applicationWindow = CaseWords.Count(settings.ApplicationWithinMonths, "month", "months");
        var made = CaseWords.ShortDate(complaint.ReportedOn);
        var behaviour = CaseWords.ShortDate(complaint.BehaviourOn);
        var application = CaseWords.ShortDate(applicationDate);

        string? fails = null;
        if (complaint.BehaviourOn > complaint.ReportedOn)
        {
            fails = $"It does not qualify: it is dated {made}, before the behaviour it reports ({behaviour}); check the dates.";
        }
        else if (complaint.ReportedOn > applicationDate)
        {
            fails = $"It does not qualify: it was made on {made}, after the application ({application}).";
        }
        else if (complaint.ReportedOn > reportBy)
        {
            fails = $"It does not qualify: it was made on {made}, more than {complaintWindow} after the behaviour it reports " +
                    $"({behaviour}); to qualify it had to be made by {CaseWords.ShortDate(reportBy)}.";
        }
        else if (applicationDate > applyBy)
        {
            fails = $"It does not qualify: the application ({application}) was made more than {applicationWindow} after it " +
                    $"({made}); the application had to be made by {CaseWords.ShortDate(applyBy)} to rely on it.";
        }

        var reason = fails ?? $"It qualifies: made on {made}, within {complaintWindow} of the behaviour it reports ({behaviour}, " +
                              $"so by {CaseWords.ShortDate(reportBy)}), and the application ({application}) was made within " +
                              $"{applicationWindow} of it (by {CaseWords.ShortDate(applyBy)}).";
        return new ComplaintCheck(complaint.ReportedOn, complaint.BehaviourOn, complaint.Agency, fails is null, reason, reportBy, applyBy);
    }
}
