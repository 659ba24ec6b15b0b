namespace Csp.Storage.Entities;

public sealed class PopulationEstimateRow
{
    public required string AreaCode { get; set; }
    public int Year { get; set; }
    public required string Source { get; set; }
    public required string AgeBand { get; set; }
    public long Persons { get; set; }
    public long? FileId { get; set; }
}
