using Csp.Core.Cases.Interventions;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Cases.Interventions;

public sealed class InterventionRulesTests
{
    private static readonly Intervention Warning = new("CPW-1", InterventionType.CommunityProtectionWarning, "P1", D("2025-03-03"), "Gravesham Borough Council")
    {
        ComplyBy = D("2025-03-17"),
        Conditions = ["Stop playing amplified music after 23:00"],
    };

    private static Intervention Notice(string id, string subject, string issued) =>
        new(id, InterventionType.CommunityProtectionNotice, subject, D(issued), "Gravesham Borough Council");

    [Fact]
    public void A_notice_after_the_warnings_time_to_comply_is_in_order()
    {
        Assert.Empty(InterventionRules.Check([Warning, Notice("CPN-1", "P1", "2025-03-20")]));
    }

    [Fact]
    public void A_notice_with_no_earlier_warning_to_the_same_subject_breaks_the_ladder()
    {
        var issues = InterventionRules.Check([Warning, Notice("CPN-2", "P2", "2025-03-20"), Notice("CPN-3", "P1", "2025-03-03")]);

        Assert.Equal(
        [
            new InterventionIssue("CPN-2", "A Community Protection Notice must follow a Community Protection Warning to the same subject (s.43(5)): none is recorded to P2 before 20 March 2025."),
            // A warning the same day gave no time to comply.
            new InterventionIssue("CPN-3", "A Community Protection Notice must follow a Community Protection Warning to the same subject (s.43(5)): none is recorded to P1 before 3 March 2025."),
        ], issues);
    }

    [Fact]
    public void A_notice_before_the_warnings_time_to_comply_ran_out_is_an_issue()
    {
        var issue = Assert.Single(InterventionRules.Check([Warning, Notice("CPN-4", "P1", "2025-03-17")]));

        Assert.Equal("The notice was issued on 17 March 2025, before the warning's time to comply ran out (17 March 2025): " +
                     "a notice may follow only once the person has had enough time to deal with the matter (s.43(5)(b)).", issue.Message);
    }

    [Fact]
    public void A_breach_must_name_its_incident_and_fall_while_the_intervention_is_in_force()
    {
        var aba = new Intervention("ABA-1", InterventionType.AcceptableBehaviourAgreement, "P1", D("2025-01-10"), "Kent Police")
        {
            ExpiresOn = D("2025-07-09"),
            Breaches = [new(D("2025-02-01"), "KP/46/2025"), new(D("2025-03-01"), " "), new(D("2025-01-09"), "KP/12/2025"), new(D("2025-07-10"), "KP/901/2025")],
        };

        Assert.Equal(
        [
            "The breach on 1 March 2025 names no incident: record it against the incident in which it was seen.",
            "The breach on 9 January 2025 is before the Acceptable Behaviour Agreement was issued (10 January 2025).",
            "The breach on 10 July 2025 is after the Acceptable Behaviour Agreement expired (9 July 2025).",
        ], InterventionRules.Check([aba]).Select(i => i.Message));
    }

    [Fact]
    public void A_dispersal_direction_runs_48_hours_at_most_and_must_say_when_it_ends()
    {
        Intervention Dispersal(string? expires) => new("D-1", InterventionType.DispersalDirection, "Civic Centre", D("2025-10-31"), "Kent Police")
        {
            ExpiresOn = expires is null ? null : D(expires),
        };

        Assert.Empty(InterventionRules.Check([Dispersal("2025-11-02")]));
        Assert.Equal("A dispersal direction may run for at most 48 hours (Part 3, s.35): issued on 31 October 2025, it can run to 2 November 2025 at the latest, not 3 November 2025.",
            Assert.Single(InterventionRules.Check([Dispersal("2025-11-03")])).Message);
        Assert.Equal("A dispersal direction has a term of at most 48 hours (Part 3, s.35): record the day it ends.",
            Assert.Single(InterventionRules.Check([Dispersal(null)])).Message);
    }

    [Fact]
    public void A_PSPO_runs_three_years_at_most_and_nothing_ends_before_it_starts()
    {
        Intervention Pspo(string expires) => new("P-1", InterventionType.PublicSpacesProtectionOrder, "Town centre", D("2023-10-20"), "Gravesham Borough Council") { ExpiresOn = D(expires) };

        Assert.Empty(InterventionRules.Check([Pspo("2026-10-20")]));
        Assert.Single(InterventionRules.Check([Pspo("2026-10-21")]));
        Assert.Equal("It expires on 19 October 2023, before it was issued (20 October 2023).", Assert.Single(InterventionRules.Check([Pspo("2023-10-19")])).Message);
    }

    [Fact]
    public void Expiring_lists_those_in_force_that_end_within_the_days_given_soonest_first()
    {
        Intervention Ending(string id, string issued, string expires) =>
            new(id, InterventionType.AcceptableBehaviourAgreement, "P1", D(issued), "Council") { ExpiresOn = D(expires) };
        Intervention[] all =
        [
            Ending("A", "2025-01-01", "2025-07-01"),  // today + 30: included
            Ending("B", "2025-01-01", "2025-06-01"),  // today: included
            Ending("C", "2025-01-01", "2025-07-02"),  // today + 31: not yet
            Ending("D", "2025-01-01", "2025-05-31"),  // already expired
            Ending("E", "2025-06-02", "2025-06-30"),  // not yet issued
            new("F", InterventionType.CriminalBehaviourOrder, "P1", D("2025-01-01"), "Court"), // no end date
        ];

        Assert.Equal(["B", "A"], InterventionRules.Expiring(all, D("2025-06-01"), 30).Select(i => i.Id));
    }

    [Fact]
    public void The_highest_rung_is_the_furthest_person_focused_step_taken_by_the_date()
    {
        Intervention[] all =
        [
            new("W", InterventionType.WarningLetter, "P1", D("2025-01-05"), "Council"),
            Warning,
            Notice("CPN-1", "P1", "2025-03-20"),
            new("PSPO", InterventionType.PublicSpacesProtectionOrder, "P1", D("2025-01-01"), "Council"),
        ];

        Assert.Equal(InterventionType.CommunityProtectionNotice, InterventionRules.HighestRung(all, "p1", D("2025-12-31")));
        Assert.Equal(InterventionType.CommunityProtectionWarning, InterventionRules.HighestRung(all, "P1", D("2025-03-19")));
        Assert.Null(InterventionRules.HighestRung(all, "P1", D("2025-01-04")));
    }

    [Fact]
    public void The_powers_are_listed_in_rung_order_with_their_abbreviations()
    {
        Assert.Equal(Enum.GetValues<InterventionType>(), InterventionPowers.All.Select(p => p.Type));
        Assert.Equal("CPN", InterventionPowers.Of(InterventionType.CommunityProtectionNotice).Abbreviation);
        Assert.True(InterventionPowers.Of(InterventionType.ClosureOrder).AimedAtPlace);
        Assert.Equal("Dispersal direction", InterventionPowers.Of(InterventionType.DispersalDirection).Title);
    }
}
