namespace Csp.Storage.Entities;

/// <summary>A person in a role on a case (table case_people): Victim, Perpetrator, Witness or Reporter.</summary>
public sealed class CasePersonRow
{
    public long CaseId { get; set; }
    public long PersonId { get; set; }
    public required string Role { get; set; }
    public DateOnly AddedOn { get; set; }
}
