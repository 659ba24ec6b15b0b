namespace Csp.Storage.Entities;

/// <summary>An information-sharing agreement between two agencies (<see cref="AgencyAId"/> &lt; <see cref="AgencyBId"/>), for the roles named.</summary>
public sealed class SharingAgreementRow
{
    public long Id { get; set; }
    public long AgencyAId { get; set; }
    public long AgencyBId { get; set; }
    /// <summary>Comma separated role names.</summary>
    public required string Roles { get; set; }
    public DateOnly AgreedOn { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
}
