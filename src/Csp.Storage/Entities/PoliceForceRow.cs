namespace Csp.Storage.Entities;

public sealed class PoliceForceRow
{
    public int Id { get; set; }
    public required string Name { get; set; }
}
