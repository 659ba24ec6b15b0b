namespace Csp.Core.Cases.SubjectAccess;

/// <summary>
/// Everything the ASB case records hold about one person, as given to them on a subject access request (UK GDPR Article
/// 15): their own record, the cases they are on with their role, what was recorded on those cases (other people's
/// details withheld, see <see cref="ThirdPartyRedaction"/>), risk assessments about them, interventions against them,
/// Case Review applications they made, and who has read or changed their record. Built by the use case, turned into a
/// document by <see cref="SubjectAccessReport"/>, and written as JSON by the CLI (README, "csp case subject-access").
/// </summary>
/// <param name="Produced">The day the export was made (UK).</param>
/// <param name="ProducedBy">Who made it (user name).</param>
/// <param name="WithheldPeople">How many other people on the person's cases are not named (each counted once).</param>
/// <param name="Redaction">The marker that stands where third-party details were withheld.</param>
public sealed record SubjectAccessRecord(
    DateOnly Produced,
    string ProducedBy,
    SubjectPerson Person,
    IReadOnlyList<SubjectCase> Cases,
    IReadOnlyList<SubjectRiskAssessment> RiskAssessments,
    IReadOnlyList<SubjectIntervention> Interventions,
    IReadOnlyList<SubjectCaseReview> CaseReviews,
    IReadOnlyList<SubjectAccessEntry> AccessLog,
    int WithheldPeople,
    string Redaction);
