using System.Text;
using Csp.Core.Cases;
using Csp.Core.Imports;
using Csp.Ingest.Cases;

namespace Csp.Ingest.Tests.Cases;

public sealed class AsbCaseSettingsCsvReaderTests
{
    private static (AsbCaseSettings? Settings, IReadOnlyList<ImportIssue> Issues) Read(string text) =>
        AsbCaseSettingsCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "settings.csv");

    [Fact]
    public void The_shipped_settings_are_the_defaults()
    {
        using var file = File.OpenRead(Path.Combine(RepositoryFiles.Root, "data", "config", "asb-case-settings.csv"));

        var (settings, issues) = AsbCaseSettingsCsvReader.Read(file, "asb-case-settings.csv");

        Assert.Empty(issues);
        Assert.Equal(AsbCaseSettings.Default, settings);
    }

    [Fact]
    public void Settings_given_replace_the_defaults_and_the_rest_keep_them()
    {
        var (settings, issues) = Read("setting,value\nqualifying_complaints,5\nREPEAT_WINDOW_MONTHS,6\nintervention_expiring_days,14\nretention_years,7\ndocument_limit_mb,25\n");

        Assert.Empty(issues);
        Assert.Equal(7, settings!.RetentionYears);
        Assert.Equal(25L * 1024 * 1024, settings.DocumentLimitBytes);
        Assert.Equal(new DateOnly(2018, 12, 17), settings.RetentionCutoff(new DateOnly(2025, 12, 18)));
        Assert.Equal(5, settings!.CaseReview.QualifyingComplaints);
        Assert.Equal(10, settings.CaseReview.ThresholdDecisionWorkingDays);
        Assert.Equal(6, settings.Repeats.WindowMonths);
        Assert.Equal(3, settings.Repeats.MinimumIncidents);
        Assert.Equal(14, settings.ExpiringWithinDays);
    }

    [Fact]
    public void Unknown_repeated_or_impossible_settings_are_issues_and_no_settings_are_returned()
    {
        var (settings, issues) = Read("setting,value\nacknowledgment_working_days,5\nqualifying_complaints,3\nqualifying_complaints,4\nrepeat_window_months,twelve\nrepeat_minimum_incidents,1\ndocument_limit_mb,26\n");

        Assert.Null(settings);
        Assert.Equal(
        [
            "settings.csv, line 2, field 'setting': 'acknowledgment_working_days' is not a setting; the settings are: qualifying_complaints, complaint_within_months, application_within_months, acknowledgement_working_days, threshold_decision_working_days, review_meeting_working_days, outcome_letter_working_days, repeat_minimum_incidents, repeat_window_months, intervention_expiring_days, retention_years, document_limit_mb.",
            "settings.csv, line 4, field 'setting': qualifying_complaints is given twice (first on line 3).",
            "settings.csv, line 5, field 'value': 'twelve' is not a whole number, 0 or more.",
            "settings.csv, line 6, field 'value': repeat_minimum_incidents must be at least 2 (a repeat is two incidents at the least); it is 1.",
            "settings.csv, line 7, field 'value': document_limit_mb must be at most 25 (the web server takes requests of up to 30 MB); it is 26.",
        ], issues.Select(i => i.ToString()));
    }
}
