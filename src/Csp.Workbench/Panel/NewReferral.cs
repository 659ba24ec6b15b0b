namespace Csp.Workbench.Panel;

/// <summary>A referral to the Vulnerability Panel as an officer makes it.</summary>
/// <param name="PersonId">The person on the case referred (a vulnerable victim, an inadvertent perpetrator); null: the case as a whole.</param>
/// <param name="LawfulBasis">Why it is made without consent; required unless <paramref name="Consent"/> is <see cref="PanelConsent.Given"/>.</param>
/// <param name="ReferredBy">The referring officer; null: the user.</param>
/// <param name="ReferringAgencyId">Null: the user's agency.</param>
/// <param name="TaskId">The "refer to the Vulnerability Panel" task it answers, when made from one.</param>
public sealed record NewReferral(long? PersonId, string? Reason, string Consent, string? LawfulBasis, DateOnly ReferredOn, string? ReferredBy = null,
    long? ReferringAgencyId = null, long? TaskId = null);
