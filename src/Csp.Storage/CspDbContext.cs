using Csp.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace Csp.Storage;

/// <summary>The product's tables for ordinary reads and writes. Bulk loads of street records go through ADO.NET (see PoliceUkImporter).</summary>
/// <remarks>The schema is made by <see cref="SchemaMigrator"/>'s SQL scripts; the mappings here name the same tables and columns.</remarks>
public sealed class CspDbContext(DbContextOptions<CspDbContext> options) : DbContext(options)
{
    public DbSet<AreaRow> Areas => Set<AreaRow>();
    public DbSet<LsoaMembershipRow> LsoaMemberships => Set<LsoaMembershipRow>();
    public DbSet<PopulationEstimateRow> PopulationEstimates => Set<PopulationEstimateRow>();
    public DbSet<ImportFileRow> ImportFiles => Set<ImportFileRow>();
    public DbSet<QuarantinedRow> QuarantinedRows => Set<QuarantinedRow>();
    public DbSet<ForceMonthRow> ForceMonths => Set<ForceMonthRow>();
    public DbSet<PoliceForceRow> PoliceForces => Set<PoliceForceRow>();
    public DbSet<AgencyRow> Agencies => Set<AgencyRow>();
    public DbSet<UserRow> Users => Set<UserRow>();
    public DbSet<UserRoleRow> UserRoles => Set<UserRoleRow>();
    public DbSet<AuditEntryRow> AuditLog => Set<AuditEntryRow>();
    public DbSet<WebImportRow> WebImports => Set<WebImportRow>();
    public DbSet<DataProtectionKeyRow> DataProtectionKeys => Set<DataProtectionKeyRow>();
    public DbSet<AsbCaseRow> AsbCases => Set<AsbCaseRow>();
    public DbSet<CaseAgencyRow> CaseAgencies => Set<CaseAgencyRow>();
    public DbSet<PersonRow> People => Set<PersonRow>();
    public DbSet<CasePersonRow> CasePeople => Set<CasePersonRow>();
    public DbSet<CaseIncidentRow> CaseIncidents => Set<CaseIncidentRow>();
    public DbSet<CaseNoteRow> CaseNotes => Set<CaseNoteRow>();
    public DbSet<CaseTaskRow> CaseTasks => Set<CaseTaskRow>();
    public DbSet<RiskAssessmentRow> RiskAssessments => Set<RiskAssessmentRow>();
    public DbSet<InterventionRow> Interventions => Set<InterventionRow>();
    public DbSet<InterventionBreachRow> InterventionBreaches => Set<InterventionBreachRow>();
    public DbSet<CaseReviewRow> CaseReviews => Set<CaseReviewRow>();
    public DbSet<CaseReviewComplaintRow> CaseReviewComplaints => Set<CaseReviewComplaintRow>();
    public DbSet<CaseReviewAppealRow> CaseReviewAppeals => Set<CaseReviewAppealRow>();
    public DbSet<SharingAgreementRow> SharingAgreements => Set<SharingAgreementRow>();
    public DbSet<PanelReferralRow> PanelReferrals => Set<PanelReferralRow>();
    public DbSet<PanelMeetingRow> PanelMeetings => Set<PanelMeetingRow>();
    public DbSet<PanelMeetingAgencyRow> PanelMeetingAgencies => Set<PanelMeetingAgencyRow>();
    public DbSet<PanelAgendaItemRow> PanelAgendaItems => Set<PanelAgendaItemRow>();
    public DbSet<PanelActionRow> PanelActions => Set<PanelActionRow>();
    public DbSet<CaseDocumentRow> CaseDocuments => Set<CaseDocumentRow>();
    public DbSet<BriefingRow> Briefings => Set<BriefingRow>();
    public DbSet<TaskingRow> Taskings => Set<TaskingRow>();
    public DbSet<TaskingHistoryRow> TaskingHistory => Set<TaskingHistoryRow>();
    public DbSet<ReferralRow> Referrals => Set<ReferralRow>();
    public DbSet<SurveyRow> Surveys => Set<SurveyRow>();
    public DbSet<SurveyQuestionRow> SurveyQuestions => Set<SurveyQuestionRow>();
    public DbSet<SurveyImportFileRow> SurveyImportFiles => Set<SurveyImportFileRow>();
    public DbSet<SurveyQuarantinedRow> SurveyQuarantinedRows => Set<SurveyQuarantinedRow>();
    public DbSet<SurveyResponseRow> SurveyResponses => Set<SurveyResponseRow>();
    public DbSet<SurveyAnswerRow> SurveyAnswers => Set<SurveyAnswerRow>();
    public DbSet<SurveyPostcodeRow> SurveyPostcodes => Set<SurveyPostcodeRow>();
    public DbSet<SurveyThemeRow> SurveyThemes => Set<SurveyThemeRow>();
    public DbSet<SurveyThemeAssignmentRow> SurveyThemeAssignments => Set<SurveyThemeAssignmentRow>();
    public DbSet<SurveyConcernMappingRow> SurveyConcernMappings => Set<SurveyConcernMappingRow>();
    public DbSet<MeasureRow> Measures => Set<MeasureRow>();
    public DbSet<MeasureAreaTargetRow> MeasureAreaTargets => Set<MeasureAreaTargetRow>();
    public DbSet<ComparatorMemberRow> ComparatorGroups => Set<ComparatorMemberRow>();
    public DbSet<ReturnValueRow> ReturnValues => Set<ReturnValueRow>();
    public DbSet<PartnershipGroupRow> PartnershipGroups => Set<PartnershipGroupRow>();
    public DbSet<GroupMemberRow> GroupMembers => Set<GroupMemberRow>();
    public DbSet<StrategyRow> Strategies => Set<StrategyRow>();
    public DbSet<StrategySectionRow> StrategySections => Set<StrategySectionRow>();
    public DbSet<ActionPlanItemRow> ActionPlanItems => Set<ActionPlanItemRow>();
    public DbSet<ActionPlanGroupRow> ActionPlanGroups => Set<ActionPlanGroupRow>();
    public DbSet<ActionPlanUpdateRow> ActionPlanUpdates => Set<ActionPlanUpdateRow>();
    public DbSet<ActionPlanChangeRow> ActionPlanChanges => Set<ActionPlanChangeRow>();
    public DbSet<PriorityDecisionRow> PriorityDecisions => Set<PriorityDecisionRow>();
    public DbSet<PriorityDecisionItemRow> PriorityDecisionItems => Set<PriorityDecisionItemRow>();
    public DbSet<MeetingRow> Meetings => Set<MeetingRow>();
    public DbSet<MeetingAttendeeRow> MeetingAttendees => Set<MeetingAttendeeRow>();
    public DbSet<MeetingItemRow> MeetingItems => Set<MeetingItemRow>();
    public DbSet<MeetingDecisionRow> MeetingDecisions => Set<MeetingDecisionRow>();
    public DbSet<MeetingActionRow> MeetingActions => Set<MeetingActionRow>();
    public DbSet<PublicationRow> Publications => Set<PublicationRow>();
    public DbSet<StrategyFactRow> StrategyFacts => Set<StrategyFactRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CspDbContext).Assembly);
}
