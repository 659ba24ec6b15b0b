using System.Globalization;
using Csp.Core.Cases;
using Csp.Core.Cases.CaseReview;
using Csp.Core.Cases.Repeats;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Cases;

/// <summary>
/// Reads the ASB case settings (data/config/asb-case-settings.csv): <c>setting,value</c> lines (other columns, such as
/// the shipped file's <c>meaning</c>, are ignored). Each value is a whole number. A setting left out keeps its default; an
/// unknown setting, a repeated one or a value out of range is an issue (file, line, field) and the settings are not
/// returned (null), so a typing slip never silently changes a statutory timescale.
/// </summary>
public static class AsbCaseSettingsCsvReader
{
    private static readonly string[] Names =
    [
        "qualifying_complaints", "complaint_within_months", "application_within_months", "acknowledgement_working_days",
        "threshold_decision_working_days", "review_meeting_working_days", "outcome_letter_working_days",
        "repeat_minimum_incidents", "repeat_window_months", "intervention_expiring_days", "retention_years", "document_limit_mb",
    ];

    public static (AsbCaseSettings? Settings, IReadOnlyList<ImportIssue> Issues) Read(Stream stream, string fileName)
    {
        using var csv = new CsvInput(stream, fileName);
        if (!csv.ReadHeader(["setting", "value"], "a settings file (setting,value)")) return (null, [csv.FileError!]);
        int settingColumn = csv.Column("setting"), valueColumn = csv.Column("value");
        var values = new Dictionary<string, (int Value, long Line)>(StringComparer.OrdinalIgnoreCase);
        while (csv.ReadRow())
        {
            if (!csv.TryText(settingColumn, "setting", null, out var name) || !csv.TryText(valueColumn, "value", null, out var text)) continue;
            if (!Names.Contains(name, StringComparer.OrdinalIgnoreCase))
                csv.Quarantine("setting", $"'{name}' is not a setting; the settings are: {string.Join(", ", Names)}.");
            else if (values.TryGetValue(name, out var earlier))
                csv.Quarantine("setting", $"{name} is given twice (first on line {earlier.Line}).");
            else if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                csv.Quarantine("value", $"'{text}' is not a whole number, 0 or more.");
            else
                values[name] = (value, csv.Line);
        }
        var issues = csv.Issues.ToList();
        int Get(string name, int fallback) => values.TryGetValue(name, out var v) ? v.Value : fallback;
        void Require(string name, int minimum, string why)
        {
            if (values.TryGetValue(name, out var v) && v.Value < minimum)
                issues.Add(new ImportIssue(fileName, v.Line, "value", $"{name} must be at least {minimum} ({why}); it is {v.Value}."));
        }
        Require("qualifying_complaints", 1, "one complaint at the least");
        Require("complaint_within_months", 1, "a window of one month at the least");
        Require("application_within_months", 1, "a window of one month at the least");
        Require("repeat_minimum_incidents", 2, "a repeat is two incidents at the least");
        Require("repeat_window_months", 1, "a window of one month at the least");
        Require("retention_years", 1, "a closed case is kept a year at the least");
        Require("document_limit_mb", 1, "a document of a megabyte at the least");
        if (values.TryGetValue("document_limit_mb", out var limit) && limit.Value > AsbCaseSettings.MaximumDocumentLimitMegabytes)
            issues.Add(new ImportIssue(fileName, limit.Line, "value",
                $"document_limit_mb must be at most {AsbCaseSettings.MaximumDocumentLimitMegabytes} (the web server takes requests of up to 30 MB); it is {limit.Value}."));
        if (issues.Count > 0) return (null, issues);

        var defaults = CaseReviewSettings.Default;
        var caseReview = new CaseReviewSettings
        {
            QualifyingComplaints = Get("qualifying_complaints", defaults.QualifyingComplaints),
            ComplaintWithinMonths = Get("complaint_within_months", defaults.ComplaintWithinMonths),
            ApplicationWithinMonths = Get("application_within_months", defaults.ApplicationWithinMonths),
            AcknowledgementWorkingDays = Get("acknowledgement_working_days", defaults.AcknowledgementWorkingDays),
            ThresholdDecisionWorkingDays = Get("threshold_decision_working_days", defaults.ThresholdDecisionWorkingDays),
            ReviewMeetingWorkingDays = Get("review_meeting_working_days", defaults.ReviewMeetingWorkingDays),
            OutcomeLetterWorkingDays = Get("outcome_letter_working_days", defaults.OutcomeLetterWorkingDays),
        };
        var repeats = new RepeatRule(Get("repeat_minimum_incidents", RepeatRule.Default.MinimumIncidents), Get("repeat_window_months", RepeatRule.Default.WindowMonths));
        return (new AsbCaseSettings(caseReview, repeats, Get("intervention_expiring_days", AsbCaseSettings.Default.ExpiringWithinDays),
            Get("retention_years", AsbCaseSettings.Default.RetentionYears), Get("document_limit_mb", AsbCaseSettings.Default.DocumentLimitMegabytes)), issues);
    }
}
