namespace Csp.Core.Cases.CaseReview;

/// <summary>A complaint an ASB Case Review application relies on: when it was made, the behaviour it reported, and to whom.</summary>
/// <param name="ReportedOn">The day the complaint was made to the agency.</param>
/// <param name="BehaviourOn">The day of the anti-social behaviour it reports (the latest day, for a course of behaviour).</param>
/// <param name="Agency">The agency it was made to (council, police, housing provider...), as the applicant gives it.</param>
public sealed record Complaint(DateOnly ReportedOn, DateOnly BehaviourOn, string Agency);
