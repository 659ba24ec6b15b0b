namespace Csp.Storage.Entities;

public sealed class AreaRow
{
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Level { get; set; }
    public string? ParentCode { get; set; }
}
