namespace Csp.Storage.Entities;

/// <summary>
/// A referral to the Vulnerability Panel (table panel_referrals): of a case, or of a person on it (a vulnerable victim, an
/// inadvertent perpetrator), with the reason, consent and who referred it. <see cref="Status"/> is Referred, Accepted,
/// Declined or Closed.
/// </summary>
public sealed class PanelReferralRow
{
    public long Id { get; set; }
    public required string Reference { get; set; }
    public long CaseId { get; set; }
    public long? PersonId { get; set; }
    public string? PersonRole { get; set; }
    public required string Reason { get; set; }
    /// <summary>Given, Refused or NotSought.</summary>
    public required string Consent { get; set; }
    /// <summary>Why the referral is made without the person's consent (required unless consent was given).</summary>
    public string? LawfulBasis { get; set; }
    public DateOnly ReferredOn { get; set; }
    public required string ReferredBy { get; set; }
    public long ReferringAgencyId { get; set; }
    public long? TaskId { get; set; }
    public required string Status { get; set; }
    public string? DeclinedReason { get; set; }
    public string? Outcome { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
