namespace Csp.Storage.Entities;

/// <summary>One line of the audit log: who (<see cref="UserName"/>, null when nobody was signed in) did what to what, when, from where.</summary>
public sealed class AuditEntryRow
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserName { get; set; }
    public required string Action { get; set; }
    public string? Target { get; set; }
    public string? Detail { get; set; }
    public string? Address { get; set; }
    /// <summary>The ASB case a view or change of personal data touched (0011).</summary>
    public long? CaseId { get; set; }
    /// <summary>The person whose record was viewed or changed.</summary>
    public long? PersonId { get; set; }
    /// <summary>Which record: "incident 12", "risk assessment 3".</summary>
    public string? Record { get; set; }
}
