using Csp.Core.Calendar;
using Csp.Core.Cases.CaseReview;
using Csp.Core.Cases.Interventions;
using Csp.Core.Cases.Repeats;
using Csp.Core.Cases.RiskMatrix;
using Csp.Storage;
using Csp.Testing;
using Csp.Workbench.Audit;
using Csp.Workbench.Cases;
using Microsoft.EntityFrameworkCore;

namespace Csp.Workbench.Tests.Cases;

/// <summary>The ASB case use cases on a real database of each kind: what a CSU officer does with a case, end to end.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AsbCasesTests(PostgresServer postgres)
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    /// <summary>Answers of the example matrix scoring 4+4+4+3+4+3 = 22 of 45: high risk by the score alone (high starts at 22).</summary>
    private static readonly Dictionary<string, string> HighRiskAnswers = new()
    {
        ["Q1"] = "4 times or more", ["Q2"] = "Yes", ["Q3"] = "No", ["Q4"] = "Severely", ["Q5"] = "Yes", ["Q6"] = "No",
        ["Q7"] = "Yes", ["Q8"] = "No", ["Q9"] = "Threatened", ["Q10"] = "No", ["Q11"] = "No", ["Q12"] = "No",
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_officer_opens_a_case_records_incidents_and_a_high_risk_assessment_flags_it_and_sets_the_panel_referral_due(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (id, victim) = await world.CaseWithVictimAsync(officer);
        Assert.True((await world.Cases.AddIncidentAsync(officer, id, new NewIncident(new DateOnly(2025, 12, 1), "23:30", "Loud music until 3am", victim, await world.AgencyIdAsync(CaseWorld.Police), "KENT/123"), default)).Done);
        Assert.True((await world.Cases.AddIncidentAsync(officer, id, new NewIncident(new DateOnly(2025, 12, 8), null, "Threats over the fence", victim), default)).Done);

        var assessed = await world.Cases.AssessRiskAsync(officer, id, victim, HighRiskAnswers, null, null, default);

        Assert.True(assessed.Done, string.Join("; ", assessed.Errors));
        var detail = (await world.Cases.GetAsync(officer, id, default))!;
        Assert.Equal($"ASB-2025-{id:D6}", detail.Reference);
        Assert.Equal(RiskLevel.High, detail.LatestRisk!.Level);
        Assert.Equal(22, detail.LatestRisk.Total);
        Assert.Equal(2, detail.Incidents.Count);
        Assert.Equal("Vera Victim", detail.Incidents[0].ReportedBy);
        // High risk: refer to the Vulnerability Panel within 5 working days of Thursday 18 December 2025; 25 and 26
        // December are bank holidays, so Fri 19, Mon 22, Tue 23, Wed 24, Mon 29.
        var panel = detail.Tasks.Single(t => t.Title.StartsWith("Refer to the Vulnerability Panel", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2025, 12, 29), panel.DueOn);
        Assert.Equal(DeadlineStatus.Due, panel.Status);
        var high = (await world.Cases.ListAsync(officer, CaseListKind.HighRisk, null, "open", 1, default))!;
        Assert.Equal([id], high.Rows.Select(r => r.Id));
        Assert.Equal("High", high.Rows[0].RiskLevel);
        Assert.Equal(new DateOnly(2025, 12, 18).AddDays(14), high.Rows[0].ReassessBy);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Reading_a_case_audits_the_case_and_each_person_shown_and_every_change_names_its_record(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (id, victim) = await world.CaseWithVictimAsync(officer);
        var perpetrator = await world.Cases.AddPersonAsync(officer, id, new NewPerson(CaseRoles.Perpetrator, "Perry Perpetrator"), default);

        await world.Cases.GetAsync(officer, id, default);

        await using var db = world.Database.CreateContext();
        var log = await db.AuditLog.AsNoTracking().Where(e => e.CaseId == id).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal([AuditActions.CaseOpened, AuditActions.CaseChanged, AuditActions.CaseChanged, AuditActions.CaseViewed, AuditActions.CasePersonViewed, AuditActions.CasePersonViewed],
            log.Select(e => e.Action));
        Assert.All(log, e => Assert.Equal("c.officer", e.UserName));
        Assert.Equal($"person {victim} as Victim", log[1].Record);
        Assert.Equal(victim, log[1].PersonId);
        Assert.Equal([victim, perpetrator.Id], log.Where(e => e.Action == AuditActions.CasePersonViewed).Select(e => e.PersonId!.Value).Order());
        var forVictim = await world.Cases.AuditAsync(officer, id, victim, default);
        Assert.Equal(2, forVictim!.Count); // added, then read
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_partner_agency_sees_a_case_only_with_a_sharing_agreement_for_its_role_and_other_agencies_and_roles_never(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var police = await world.AgencyIdAsync(CaseWorld.Police);
        var council = await world.AgencyIdAsync(CaseWorld.Council);
        var (id, _) = await world.CaseWithVictimAsync(partners: [police]);
        var policeOfficer = CaseWorld.Officer(CaseWorld.Police, "p.officer", Csp.Workbench.Accounts.Roles.PartnerOfficer);

        Assert.Null(await world.Cases.GetAsync(policeOfficer, id, default));
        Assert.Empty((await world.Cases.ListAsync(policeOfficer, CaseListKind.Agency, null, "all", 1, default))!.Rows);
        Assert.False((await world.Cases.AddNoteAsync(policeOfficer, id, "should not land", default)).Done);

        Assert.True((await world.Agreements.SetAsync(Actor.System, police, council, [Csp.Workbench.Accounts.Roles.PartnerOfficer], CaseWorld.Today, default)).Done);

        Assert.NotNull(await world.Cases.GetAsync(policeOfficer, id, default));
        Assert.Equal([id], (await world.Cases.ListAsync(policeOfficer, CaseListKind.Agency, null, "all", 1, default))!.Rows.Select(r => r.Id));
        // The agreement names partner officers only: a police case officer still cannot see it.
        Assert.Null(await world.Cases.GetAsync(CaseWorld.Officer(CaseWorld.Police, "p.case"), id, default));
        // The fire service is not a partner on the case (and has no agreement).
        Assert.Null(await world.Cases.GetAsync(CaseWorld.Officer(CaseWorld.Fire, "f.officer"), id, default));
        // Within the lead agency, roles that do not work cases see nothing.
        Assert.Null(await world.Cases.GetAsync(CaseWorld.Officer(CaseWorld.Council, "analyst", Csp.Workbench.Accounts.Roles.Analyst), id, default));
        Assert.Null(await world.Cases.GetAsync(CaseWorld.Officer(CaseWorld.Council, "councillor", Csp.Workbench.Accounts.Roles.Member), id, default));
        Assert.Null(await world.Cases.ListAsync(CaseWorld.Officer(CaseWorld.Council, "councillor", Csp.Workbench.Accounts.Roles.Member), CaseListKind.Agency, null, "all", 1, default));

        await using var db = world.Database.CreateContext();
        var refused = await db.AuditLog.AsNoTracking().Where(e => e.Action == AuditActions.CaseRefused && e.CaseId == id).Select(e => e.UserName).ToListAsync();
        Assert.Equal(["p.officer", "p.officer", "p.case", "f.officer", "analyst", "councillor"], refused);
        Assert.Equal(0, await db.CaseNotes.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_community_protection_notice_is_refused_without_a_warning_or_before_its_time_to_comply_and_recorded_after_it(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (id, _) = await world.CaseWithVictimAsync(officer);
        var perp = (await world.Cases.AddPersonAsync(officer, id, new NewPerson(CaseRoles.Perpetrator, "Perry Perpetrator"), default)).Id;

        var early = await world.Cases.AddInterventionAsync(officer, id, new NewIntervention(InterventionType.CommunityProtectionNotice, perp, null, new DateOnly(2025, 11, 1), null, ["No music"], null, null), default);
        Assert.False(early.Done);
        Assert.Contains("must follow a Community Protection Warning", early.Errors[0], StringComparison.Ordinal);

        Assert.True((await world.Cases.AddInterventionAsync(officer, id, new NewIntervention(InterventionType.CommunityProtectionWarning, perp, null, new DateOnly(2025, 10, 1), null, ["No music after 23:00"], new DateOnly(2025, 10, 29), null), default)).Done);
        var tooSoon = await world.Cases.AddInterventionAsync(officer, id, new NewIntervention(InterventionType.CommunityProtectionNotice, perp, null, new DateOnly(2025, 10, 20), null, [], null, null), default);
        Assert.False(tooSoon.Done);
        Assert.Contains("before the warning's time to comply ran out", tooSoon.Errors[0], StringComparison.Ordinal);

        var cpn = await world.Cases.AddInterventionAsync(officer, id, new NewIntervention(InterventionType.CommunityProtectionNotice, perp, null, new DateOnly(2025, 11, 3), null, ["No amplified music"], null, new DateOnly(2026, 1, 10)), default);
        Assert.True(cpn.Done, string.Join("; ", cpn.Errors));
        Assert.False((await world.Cases.AddBreachAsync(officer, id, cpn.Id, new DateOnly(2025, 12, 5), "", default)).Done);
        Assert.True((await world.Cases.AddBreachAsync(officer, id, cpn.Id, new DateOnly(2025, 12, 5), "KENT/456", default)).Done);

        var detail = (await world.Cases.GetAsync(officer, id, default))!;
        Assert.Equal(["CPW", "CPN"], detail.Interventions.Select(i => i.Power.Abbreviation));
        Assert.Equal("Perry Perpetrator", detail.Interventions[1].Subject);
        Assert.Equal("KENT/456", detail.Interventions[1].Breaches.Single().IncidentReference);
        // Expires 10 January 2026, within 30 days of 18 December 2025: listed as expiring.
        Assert.True(detail.Interventions[1].Expiring);
        Assert.Empty(detail.Interventions.SelectMany(i => i.Issues));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_case_review_application_is_checked_against_the_threshold_with_due_dates_in_working_days(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (id, victim) = await world.CaseWithVictimAsync(officer);
        Complaint[] complaints =
        [
            new(new DateOnly(2025, 9, 1), new DateOnly(2025, 8, 20), "Council"),
            new(new DateOnly(2025, 10, 2), new DateOnly(2025, 9, 30), "Police"),
            new(new DateOnly(2025, 11, 15), new DateOnly(2025, 11, 14), "Housing"),
            new(new DateOnly(2025, 5, 1), new DateOnly(2025, 4, 1), "Council"), // application more than six months after it
        ];

        var applied = await world.Cases.ApplyForReviewAsync(officer, id, CaseWorld.Today, victim, false, true, complaints, default);

        Assert.True(applied.Done, string.Join("; ", applied.Errors));
        var review = (await world.Cases.GetAsync(officer, id, default))!.Reviews.Single();
        Assert.Equal(3, review.Qualifying);
        Assert.Equal("The threshold is met: 3 of 4 complaints qualify; 3 are needed.", review.ThresholdSummary);
        Assert.Equal([true, true, true, false], review.Complaints.Select(c => c.Qualifies));
        Assert.Contains("more than six months after it", review.Complaints[3].Reason, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2025, 12, 29), review.Deadlines.Single(d => d.Step == CaseReviewStep.Acknowledgement).Due);
        Assert.Equal(new DateOnly(2026, 1, 6), review.Deadlines.Single(d => d.Step == CaseReviewStep.ThresholdDecision).Due);
        Assert.Equal(CaseStatuses.UnderReview, (await world.Cases.GetAsync(officer, id, default))!.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_victim_with_three_incidents_in_twelve_months_across_cases_is_flagged_as_a_repeat_victim(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (first, victim) = await world.CaseWithVictimAsync(officer);
        var second = (await world.Cases.OpenAsync(officer, new NewCase("Harassment and intimidation", "Elsewhere", null, null, []), default)).Id;
        await world.Cases.AddPersonAsync(officer, second, new NewPerson(CaseRoles.Victim, null, ExistingPersonId: victim), default);
        await world.Cases.AddIncidentAsync(officer, first, new NewIncident(new DateOnly(2025, 3, 1), null, "one"), default);
        await world.Cases.AddIncidentAsync(officer, first, new NewIncident(new DateOnly(2025, 6, 1), null, "two"), default);

        Assert.DoesNotContain((await world.Cases.GetAsync(officer, first, default))!.Repeats, r => r.Kind == RepeatKind.Victim);
        await world.Cases.AddIncidentAsync(officer, second, new NewIncident(new DateOnly(2025, 11, 30), null, "three"), default);

        var repeat = (await world.Cases.GetAsync(officer, first, default))!.Repeats.Single(r => r.Kind == RepeatKind.Victim);
        Assert.Equal("Vera Victim", repeat.Who);
        Assert.Equal(3, repeat.Finding.InCurrentWindow);
        Assert.Equal(1, (await world.Cases.GetAsync(officer, first, default))!.People.Single().OtherCases);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_place_with_three_incidents_in_twelve_months_across_cases_written_alike_is_flagged_as_a_repeat_location(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (first, _) = await world.CaseWithVictimAsync(officer, location: "12 Example Road, Gravesend");
        var (second, _) = await world.CaseWithVictimAsync(officer, location: " 12  example ROAD, Gravesend");
        var (elsewhere, _) = await world.CaseWithVictimAsync(officer, location: "14 Example Road, Gravesend");
        await world.Cases.AddIncidentAsync(officer, first, new NewIncident(new DateOnly(2025, 2, 1), null, "one"), default);
        await world.Cases.AddIncidentAsync(officer, second, new NewIncident(new DateOnly(2025, 9, 1), null, "two"), default);
        await world.Cases.AddIncidentAsync(officer, elsewhere, new NewIncident(new DateOnly(2025, 9, 2), null, "next door"), default);
        Assert.DoesNotContain((await world.Cases.GetAsync(officer, first, default))!.Repeats, r => r.Kind == RepeatKind.Location);

        await world.Cases.AddIncidentAsync(officer, second, new NewIncident(new DateOnly(2025, 12, 1), null, "three"), default);

        var repeat = (await world.Cases.GetAsync(officer, first, default))!.Repeats.Single(r => r.Kind == RepeatKind.Location);
        Assert.Equal(3, repeat.Finding.InCurrentWindow);
        Assert.StartsWith("Repeat location: 12 Example Road, Gravesend, 3 incidents in the last 12 months", repeat.Words, StringComparison.Ordinal);
        Assert.DoesNotContain((await world.Cases.GetAsync(officer, elsewhere, default))!.Repeats, r => r.Kind == RepeatKind.Location);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Searching_by_a_persons_name_finds_their_cases_and_is_audited(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (id, _) = await world.CaseWithVictimAsync(officer);
        await world.CaseWithVictimAsync(officer, location: "Somewhere else");

        var found = (await world.Cases.ListAsync(officer, CaseListKind.Agency, "vera", "all", 1, default))!;
        var none = (await world.Cases.ListAsync(officer, CaseListKind.Agency, "nobody-by-this-name", "all", 1, default))!;

        Assert.Equal(2, found.Total);
        Assert.Equal(0, none.Total);
        Assert.Single((await world.Cases.ListAsync(officer, CaseListKind.Agency, "EXAMPLE road", "all", 1, default))!.Rows);
        Assert.Equal([id], (await world.Cases.ListAsync(officer, CaseListKind.Agency, $"asb-2025-{id:D6}", "all", 1, default))!.Rows.Select(r => r.Id));
        await using var db = world.Database.CreateContext();
        Assert.Equal(4, await db.AuditLog.CountAsync(e => e.Action == AuditActions.CaseSearched && e.UserName == "c.officer"));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_published_case_review_figures_count_the_financial_year_and_withhold_small_numbers(DatabaseProvider provider)
    {
        await using var world = await CaseWorld.CreateAsync(provider, postgres);
        var officer = CaseWorld.Officer();
        var (id, victim) = await world.CaseWithVictimAsync(officer);
        Complaint[] complaints = [new(new DateOnly(2025, 3, 1), new DateOnly(2025, 2, 20), "Council")];
        async Task<long> ApplyAsync(DateOnly received)
        {
            var applied = await world.Cases.ApplyForReviewAsync(officer, id, received, victim, false, true, complaints, default);
            Assert.True(applied.Done, string.Join("; ", applied.Errors));
            return applied.Id;
        }
        var before = await ApplyAsync(new DateOnly(2025, 3, 20)); // received in 2024-25, decided in 2025-26
        var notMet = await ApplyAsync(new DateOnly(2025, 5, 1));
        var held = await ApplyAsync(new DateOnly(2025, 6, 1));
        await ApplyAsync(new DateOnly(2025, 12, 1));
        Assert.True((await world.Cases.DecideReviewAsync(officer, id, before, new CaseReviewProgress(null, new DateOnly(2025, 4, 2), false, null, null, null, "Not met"), default)).Done);
        Assert.True((await world.Cases.DecideReviewAsync(officer, id, notMet, new CaseReviewProgress(new DateOnly(2025, 5, 2), new DateOnly(2025, 5, 9), false, null, null, null, null), default)).Done);
        Assert.True((await world.Cases.DecideReviewAsync(officer, id, held, new CaseReviewProgress(null, new DateOnly(2025, 6, 10), true, new DateOnly(2025, 7, 1), new DateOnly(2025, 7, 4), 2, "Recommendations to the housing provider"), default)).Done);
        Assert.False((await world.Cases.DecideReviewAsync(officer, id, notMet, new CaseReviewProgress(null, null, null, new DateOnly(2025, 6, 1), null, null, null), default)).Done);

        var shown = await world.Cases.PublishedFiguresAsync(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), 1, default);
        var withheld = await world.Cases.PublishedFiguresAsync(new DateOnly(2025, 4, 1), new DateOnly(2026, 3, 31), 3, default);

        // Received in 2025-26: 5 May, 1 June, 1 December (20 March is the year before). Not met: 2 April and 9 May. Held: 1 July, with recommendations.
        Assert.Equal((3L, 2L, 1L, 1L), (shown.ApplicationsReceived.Count, shown.ThresholdNotMet.Count, shown.ReviewsHeld.Count, shown.ReviewsWithRecommendations.Count));
        Assert.Equal((3L, false), (withheld.ApplicationsReceived.Value ?? -1, withheld.ApplicationsReceived.Withheld));
        Assert.True(withheld.ThresholdNotMet.Withheld);
        Assert.Null(withheld.ReviewsHeld.Value);
        Assert.Null(withheld.ReviewsWithRecommendations.Value);
    }

    [Fact]
    public async Task The_demonstration_caseload_is_loaded_once_marked_demo_and_scored_through_the_matrix()
    {
        await using var world = await CaseWorld.CreateAsync(DatabaseProvider.Sqlite, postgres);

        Assert.Equal(DemoCaseload.Size, await world.Get<DemoCaseload>().LoadAsync(default));
        Assert.Equal(0, await world.Get<DemoCaseload>().LoadAsync(default));

        await using var db = world.Database.CreateContext();
        Assert.Equal(DemoCaseload.Size, await db.AsbCases.CountAsync(c => c.Demo));
        Assert.Equal(2 * DemoCaseload.Size, await db.People.CountAsync(p => p.Demo));
        Assert.Equal(0, await db.People.CountAsync(p => !p.Demo));
        var matrix = world.Cases.Configuration.Matrix!;
        foreach (var a in await db.RiskAssessments.AsNoTracking().ToListAsync())
        {
            var answers = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(a.Answers)!;
            Assert.Equal(a.Score, matrix.Score(new RiskAssessment(a.AssessedOn, a.Assessor, answers), world.Cases.Configuration.Calendar).Total);
        }
        // The council's officers see the caseload the council leads and the police-led cases it partners (the agreement).
        var list = (await world.Cases.ListAsync(CaseWorld.Officer(), CaseListKind.Agency, null, "all", 1, default))!;
        Assert.Equal(DemoCaseload.Size, list.Total);
        Assert.All(list.Rows, r => Assert.True(r.Demo));
        // The panel: three referrals on demonstration cases, one meeting (14 days before today) with two of them, four actions; once.
        Assert.Equal(DemoCaseload.PanelReferrals, await db.PanelReferrals.CountAsync());
        Assert.True(await db.PanelReferrals.AllAsync(r => db.AsbCases.Any(c => c.Id == r.CaseId && c.Demo) && r.Reason.StartsWith("Demonstration")));
        var meeting = await db.PanelMeetings.AsNoTracking().SingleAsync();
        Assert.Equal((true, CaseWorld.Today.AddDays(-14), DemoCaseload.PanelChair), (meeting.Demo, meeting.MeetsOn, meeting.Chair));
        Assert.Equal(2, await db.PanelAgendaItems.CountAsync());
        Assert.Equal(4, await db.PanelActions.CountAsync());
        var overview = (await world.Get<Csp.Workbench.Panel.VulnerabilityPanel>().OverviewAsync(CaseWorld.Officer(), default))!;
        // Awaiting: the one never on an agenda and the one the meeting left for the next.
        Assert.Equal(2, overview.Awaiting.Count);
        Assert.Equal(2, overview.Recent.Single().ItemsShown);
    }
}
