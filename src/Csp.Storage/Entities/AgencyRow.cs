namespace Csp.Storage.Entities;

/// <summary>A member agency of the partnership.</summary>
/// <remarks><see cref="Kind"/> is one of Council, Police, Fire, Probation, Health, CountyCouncil, VoluntarySector.</remarks>
public sealed class AgencyRow
{
    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Kind { get; set; }
}
