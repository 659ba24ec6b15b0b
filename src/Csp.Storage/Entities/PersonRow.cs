namespace Csp.Storage.Entities;

/// <summary>A person known to case work (table people): personal data, shown only to entitled officers and audited.</summary>
public sealed class PersonRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public DateOnly? DateOfBirth { get; set; }
    public string? Address { get; set; }
    public string? Postcode { get; set; }
    public string? Phone { get; set; }
    public bool Vulnerable { get; set; }
    public bool Demo { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The day the retention job anonymised it (0016), or null.</summary>
    public DateOnly? AnonymisedOn { get; set; }
}
