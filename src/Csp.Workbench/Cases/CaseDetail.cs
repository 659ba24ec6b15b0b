using Csp.Core.Calendar;
using Csp.Core.Cases.RiskMatrix;

namespace Csp.Workbench.Cases;

/// <summary>Everything on one case an entitled officer sees: reading it is audited, per person shown.</summary>
public sealed record CaseDetail(
    long Id,
    string Reference,
    string CaseType,
    string Status,
    string? Outcome,
    long LeadAgencyId,
    string LeadAgency,
    string? LeadOfficer,
    IReadOnlyList<string> PartnerAgencies,
    string? Location,
    string? Ward,
    string? Lsoa,
    string? Summary,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    bool Demo,
    IReadOnlyList<CasePerson> People,
    IReadOnlyList<CaseIncident> Incidents,
    IReadOnlyList<CaseNote> Notes,
    IReadOnlyList<CaseTask> Tasks,
    IReadOnlyList<CaseRiskAssessment> RiskAssessments,
    DeadlineStatus? Reassessment,
    IReadOnlyList<CaseIntervention> Interventions,
    IReadOnlyList<CaseReviewSummary> Reviews,
    IReadOnlyList<CaseRepeat> Repeats,
    IReadOnlyList<Panel.PanelReferral> PanelReferrals,
    IReadOnlyList<Panel.PanelAction> PanelActions,
    IReadOnlyList<CaseTimelineEntry> Timeline)
{
    public RiskScore? LatestRisk => RiskAssessments.Count == 0 ? null : RiskAssessments[^1].History.Score;

    public bool IsClosed => Status == CaseStatuses.Closed;
}
