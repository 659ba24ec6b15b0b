using System.Text.Json;
using Csp.Core.Cases.CaseReview;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Cases.CaseReview;

public sealed class CaseReviewCheckResultTests
{
    private static readonly Complaint[] Complaints =
    [
        new(D("2025-11-03"), D("2025-10-31"), "Kent Police"),
        new(D("2025-11-20"), D("2025-11-18"), "Gravesham Borough Council"),
        new(D("2025-12-17"), D("2025-11-01"), "Moat Housing"), // 1 December was the last day
    ];

    private static CaseReviewCheckResult Check() =>
        CaseReviewCheckResult.Check(D("2025-12-18"), Complaints, CaseReviewSettings.Default, EnglandAndWales2025To2026);

    [Fact]
    public void The_check_gives_the_threshold_and_the_first_two_due_dates_from_the_application_date()
    {
        var result = Check();

        Assert.False(result.ThresholdMet);
        Assert.Equal(2, result.Qualifying);
        Assert.Equal(D("2025-12-29"), result.AcknowledgeBy);
        Assert.Equal(D("2026-01-06"), result.DecisionBy);
        Assert.Empty(result.Notes);
    }

    [Fact]
    public void Camel_case_serialisation_gives_the_contracts_names_and_dates()
    {
        var json = JsonSerializer.Serialize(Check(), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;

        Assert.False(root.GetProperty("thresholdMet").GetBoolean());
        Assert.Equal(2, root.GetProperty("qualifying").GetInt32());
        Assert.Equal("2025-12-29", root.GetProperty("acknowledgeBy").GetString());
        Assert.Equal("2026-01-06", root.GetProperty("decisionBy").GetString());
        var complaints = root.GetProperty("complaints");
        Assert.Equal(3, complaints.GetArrayLength());
        Assert.True(complaints[0].GetProperty("qualifies").GetBoolean());
        Assert.False(complaints[2].GetProperty("qualifies").GetBoolean());
        Assert.StartsWith("It does not qualify: it was made on 17 December 2025, more than one month after",
            complaints[2].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-11-20", complaints[1].GetProperty("reportedOn").GetString());
    }

    [Fact]
    public void A_due_date_outside_the_bank_holiday_list_is_noted()
    {
        var result = CaseReviewCheckResult.Check(D("2026-12-18"), Complaints, CaseReviewSettings.Default, EnglandAndWales2025To2026);

        // Received Friday 18 December 2026: 21-24 (4), 29-31 (7), then 1 January 2027 counts as a working day because the list
        // stops at 2026 (8), 4 (9), 5 (10). With 2027's New Year's Day known it would be Wednesday 6 January: hence the note.
        var note = Assert.Single(result.Notes);
        Assert.Equal("The bank holiday list covers 2025-2026 only: the threshold decision due date (Tuesday 5 January 2027) counts " +
                     "no bank holidays outside it; add the year's bank holidays from GOV.UK.", note);
    }

    [Fact]
    public void An_empty_file_is_noted()
    {
        var result = CaseReviewCheckResult.Check(D("2025-12-18"), [], CaseReviewSettings.Default, EnglandAndWales2025To2026);

        Assert.Contains("The file holds no complaints.", result.Notes);
        Assert.False(result.ThresholdMet);
    }

    [Fact]
    public void The_text_form_lists_each_complaint_with_its_reason_and_the_two_due_dates()
    {
        var lines = Check().Lines();

        Assert.Equal("Application received Thursday 18 December 2025", lines[0]);
        Assert.Equal("The threshold is not met: 2 of 3 complaints qualify; 3 are needed.", lines[1]);
        Assert.Equal("3. Made 17 December 2025 to Moat Housing about behaviour on 1 November 2025: does not qualify.", lines[7]);
        Assert.Equal("Acknowledge by Monday 29 December 2025", lines[^2]);
        Assert.Equal("Decide the threshold by Tuesday 6 January 2026", lines[^1]);
    }
}
