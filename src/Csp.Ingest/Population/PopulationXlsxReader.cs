using System.Globalization;
using System.Text.RegularExpressions;
using Csp.Core.Areas;
using Csp.Core.Imports;
using Csp.Core.Population;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Ingest.Population;

/// <summary>
/// Reads the "MYE2 - Persons" sheet of the ONS mid-year estimates workbook as published (title rows, then a header row
/// with Code, Name, Geography, All ages, 0 .. 90), keeping every single year of age.
/// </summary>
public static partial class PopulationXlsxReader
{
    public const string SheetName = "MYE2 - Persons";

    public sealed record Result(int Year, long RowsRead, IReadOnlyList<PopulationEstimate> Estimates, IReadOnlyList<ImportIssue> Issues, ImportIssue? FileError);

    public static Result Read(Stream stream, string fileName, int? year = null)
    {
        var issues = new List<ImportIssue>();
        SpreadsheetDocument document;
        try
        {
            // OpenXml needs a seekable stream.
            var seekable = new MemoryStream();
            stream.CopyTo(seekable);
            seekable.Position = 0;
            document = SpreadsheetDocument.Open(seekable, false);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException or FileFormatException)
        {
            return Fail($"this is not an Excel workbook ({e.Message}).");
        }
        using (document)
        {
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault(s => string.Equals(s.Name?.Value, SheetName, StringComparison.OrdinalIgnoreCase));
            if (workbook is null || sheet?.Id?.Value is null) return Fail($"the workbook has no '{SheetName}' sheet.");
            var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id.Value);
            var rows = part.Worksheet.Descendants<Row>().ToList();
            int? foundYear = year;
            Dictionary<int, string>? header = null;
            var estimates = new List<PopulationEstimate>();
            long read = 0;
            foreach (var row in rows)
            {
                var cells = row.Elements<Cell>().ToDictionary(c => ColumnIndex(c.CellReference?.Value), c => CellText(c, strings));
                var line = (long)(row.RowIndex?.Value ?? 0);
                if (header is null)
                {
                    foreach (var text in cells.Values)
                    {
                        var m = MidYear().Match(text);
                        if (foundYear is null && m.Success) foundYear = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                    }
                    if (cells.Values.Contains("Code") && cells.Values.Any(v => v.Equals("All ages", StringComparison.OrdinalIgnoreCase))) header = cells;
                    continue;
                }
                // Published sheets carry formatted but empty cells below the table: a row with no value is not a row.
                if (cells.Values.All(v => v.Length == 0)) continue;
                read++;
                var code = Get(cells, header, "Code");
                if (!AreaCode.IsWellFormed(code))
                {
                    issues.Add(new ImportIssue(fileName, line, "Code", $"'{code}' is not an ONS area code.", string.Join(",", cells.Values)));
                    continue;
                }
                var name = Get(cells, header, "Name");
                var bands = new List<(string Band, long Persons)>();
                string? bad = null;
                foreach (var (column, title) in header)
                {
                    var band = title.Equals("All ages", StringComparison.OrdinalIgnoreCase) ? PopulationEstimate.AllAges
                        : AgeTitle().IsMatch(title) ? (title == "90" ? "90+" : title) : null;
                    if (band is null) continue;
                    if (!long.TryParse(cells.GetValueOrDefault(column, ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var persons))
                    {
                        bad = title;
                        break;
                    }
                    bands.Add((band, persons));
                }
                if (bad is not null)
                {
                    issues.Add(new ImportIssue(fileName, line, bad, $"'{cells.GetValueOrDefault(header.First(h => h.Value == bad).Key, "")}' is not a count of people.", string.Join(",", cells.Values)));
                    continue;
                }
                if (foundYear is null) return Fail("the year of the estimates is not in the workbook's title or its name: give it with --year.");
                estimates.AddRange(bands.Select(b => new PopulationEstimate(code, name, foundYear.Value, PopulationCsvReader.MidYearSource, b.Band, b.Persons)));
            }
            if (header is null) return Fail($"the '{SheetName}' sheet has no header row with 'Code' and 'All ages'.");
            return new Result(foundYear ?? 0, read, estimates, issues, null);
        }

        Result Fail(string message) => new(0, 0, [], issues, new ImportIssue(fileName, 0, null, message));
    }

    private static string Get(Dictionary<int, string> cells, Dictionary<int, string> header, string title)
    {
        var column = header.FirstOrDefault(h => h.Value == title).Key;
        return cells.GetValueOrDefault(column, "").Trim();
    }

    private static string CellText(Cell cell, string[] strings)
    {
        var value = cell.CellValue?.Text ?? cell.InnerText;
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Length) return strings[i].Trim();
        return value.Trim();
    }

    /// <summary>0-based column index from a reference such as "AB12".</summary>
    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var c in reference ?? "")
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    [GeneratedRegex(@"[Mm]id-?(\d{4})")]
    private static partial Regex MidYear();

    [GeneratedRegex(@"^\d{1,2}\+?$")]
    private static partial Regex AgeTitle();
}
