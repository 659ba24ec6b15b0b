namespace Csp.Ingest.Returns;

/// <summary>Where one field of the long form comes from: a column of the partner's file, or the same text for every row.</summary>
internal sealed record ReturnField(string? Column, string? Constant)
{
    public static ReturnField FromColumn(string column) => new(column, null);

    public static ReturnField Fixed(string constant) => new(null, constant);
}
