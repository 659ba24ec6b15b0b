using System.Text;
using Csp.Core.Imports;
using Csp.Ingest.Csv;

namespace Csp.Ingest.Configuration;

/// <summary>
/// Reads the partnership's small configuration CSVs (data/config: offence categories, harm weights, descriptions,
/// priority judgements, partnership settings, survey themes) with the one CSV reader every import uses: quoted cells may
/// hold commas and quotes, a UTF-8 BOM is skipped, a file that ends inside quotes is reported rather than half read.
/// </summary>
public static class ConfigurationCsv
{
    public static IReadOnlyList<CsvRow> Read(string path, List<ImportIssue> issues)
    {
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), issues);
    }

    public static IReadOnlyList<CsvRow> Read(Stream stream, string fileName, List<ImportIssue> issues)
    {
        var rows = new List<CsvRow>();
        using var reader = new CsvRecordReader(stream);
        while (reader.Read())
        {
            if (reader.RecordTooLong)
            {
                issues.Add(new ImportIssue(fileName, reader.LineNumber, null, $"the line is longer than {CsvRecordReader.MaxRecordBytes:N0} bytes; it was left out.", reader.RawRecord()));
                continue;
            }
            if (reader.EndedInsideQuotes)
            {
                issues.Add(new ImportIssue(fileName, reader.LineNumber, null, "the file ends inside a quoted cell (a closing quote is missing, or the file was cut off); this last record was left out.", reader.RawRecord()));
                break;
            }
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++) cells[i] = Encoding.UTF8.GetString(reader.Field(i)).Trim();
            rows.Add(new CsvRow(reader.LineNumber, cells));
        }
        return rows;
    }

    /// <summary>The same, from text (tests and callers that hold the file's contents).</summary>
    public static IReadOnlyList<CsvRow> Parse(string text, string fileName, List<ImportIssue> issues) =>
        Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), fileName, issues);
}
