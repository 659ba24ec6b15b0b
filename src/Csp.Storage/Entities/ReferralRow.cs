namespace Csp.Storage.Entities;

/// <summary>A referral of a task's matter to another service, and the service's response once it comes.</summary>
public sealed class ReferralRow
{
    public long Id { get; set; }
    public long TaskingId { get; set; }
    public required string Service { get; set; }
    public DateOnly MadeOn { get; set; }
    public required string MadeBy { get; set; }
    public string? Response { get; set; }
    public DateOnly? RespondedOn { get; set; }
}
