namespace Csp.Services.Imports;

/// <summary>A street record with its repeated strings replaced by vocabulary ids, as it is stored.</summary>
internal struct EncodedStreetRecord
{
    public int ForceId;
    public int Month;            // yyyymm
    public long Line;
    public long FileId;
    public string? CrimeId;
    public int FallsWithinId;
    public double? Longitude;
    public double? Latitude;
    public int? LocationId;
    public int? LsoaId;
    public int CrimeTypeId;
    public int? OutcomeId;
    public string? Context;
}
