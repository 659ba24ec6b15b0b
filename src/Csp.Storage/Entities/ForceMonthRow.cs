namespace Csp.Storage.Entities;

public sealed class ForceMonthRow
{
    public int ForceId { get; set; }
    /// <summary>yyyymm.</summary>
    public int Month { get; set; }
    public long FileId { get; set; }
    public long Rows { get; set; }
}
