namespace Csp.Workbench.Panel;

/// <summary>
/// A referral as an officer entitled to its case sees it. <see cref="PersonName"/> is personal data: it is filled only
/// where the view is audited per person (the case page, the meeting page); the panel's lists leave it null.
/// </summary>
public sealed record PanelReferral(long Id, string Reference, long CaseId, string CaseReference, string CaseType, bool Demo, long? PersonId, string? PersonName,
    string? PersonRole, string? Reason, string Consent, string? LawfulBasis, DateOnly ReferredOn, string ReferredBy, string ReferringAgency, string Status,
    string? DeclinedReason, string? Outcome, DateOnly? ClosedOn, bool OnOpenAgenda = false)
{
    /// <summary>The status in words: an accepted referral is either on an agenda awaiting its outcome, or was left open by a meeting for the next.</summary>
    public string StatusWords => Status switch
    {
        PanelStatuses.Accepted when OnOpenAgenda => "On a meeting's agenda",
        PanelStatuses.Accepted => "Left open by a meeting, awaiting the next",
        var s => PanelStatuses.Describe(s),
    };

    /// <summary>Who is referred, in words without the name: "the victim", "an inadvertent perpetrator", "the case".</summary>
    public string Subject => PersonRole switch
    {
        null => "The case",
        "Perpetrator" => "Inadvertent perpetrator",
        var role => role,
    };
}
