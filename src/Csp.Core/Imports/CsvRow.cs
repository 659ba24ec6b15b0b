namespace Csp.Core.Imports;

/// <summary>
/// One record of a small CSV file (the partnership's configuration) as the CSV reader in Csp.Ingest found it: quotes
/// resolved, each cell trimmed. Core interprets rows; it never splits text itself.
/// </summary>
/// <param name="Line">The 1-based physical line where the record starts (the header is line 1).</param>
public sealed record CsvRow(long Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell at <paramref name="index"/>, or "" when the row is shorter.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index] : "";

    /// <summary>The cells from <paramref name="index"/> on joined by commas: the last column of a file whose values may hold an unquoted comma.</summary>
    public string Rest(int index) => index < Cells.Count ? string.Join(",", Cells.Skip(index)) : "";

    /// <summary>True for a line with nothing in it.</summary>
    public bool IsBlank => Cells.All(c => c.Length == 0);

    /// <summary>The record as text, for an issue's Raw.</summary>
    public string Raw => string.Join(",", Cells);
}
