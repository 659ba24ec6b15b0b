namespace Csp.Storage.Loaders;

/// <summary>A street record with its repeated strings replaced by vocabulary ids, as it is stored.</summary>
/// <remarks>
/// The crime ID stays as UTF-8 bytes in its <see cref="StreetRecordChunk"/> (<see cref="CrimeIdStart"/>,
/// <see cref="CrimeIdLength"/>; length 0 for none): crime IDs are unique, and a string per row would cost more to make and
/// collect than the row costs to write.
/// </remarks>
internal struct EncodedStreetRecord
{
    public int ForceId;
    public int Month;            // yyyymm
    public long Line;
    public long FileId;
    public int CrimeIdStart;
    public int CrimeIdLength;
    public int FallsWithinId;
    public double? Longitude;
    public double? Latitude;
    public int? LocationId;
    public int? LsoaId;
    public int CrimeTypeId;
    public int? OutcomeId;
    public string? Context;
}
