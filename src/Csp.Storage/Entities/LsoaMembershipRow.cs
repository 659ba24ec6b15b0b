namespace Csp.Storage.Entities;

public sealed class LsoaMembershipRow
{
    public required string LsoaCode { get; set; }
    public int Vintage { get; set; }
    public required string WardCode { get; set; }
    public required string DistrictCode { get; set; }
}
