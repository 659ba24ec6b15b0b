using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Cli.Tests.Reports;

/// <summary>Reads a sheet of a workbook as rows of cells: numbers as numbers (what Excel holds), text as text.</summary>
internal static class WorkbookCells
{
    public static List<List<object?>> Sheet(string file, string sheetName)
    {
        using var doc = SpreadsheetDocument.Open(file, false);
        var workbook = doc.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheetName);
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        return part.Worksheet.Descendants<Row>().Select(row => row.Elements<Cell>().Select(cell => (object?)(cell.DataType?.Value switch
        {
            var t when t == CellValues.SharedString => strings[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)],
            var t when t == CellValues.InlineString => cell.InnerText,
            _ when cell.CellValue is null => null,
            _ => double.Parse(cell.CellValue.Text, System.Globalization.CultureInfo.InvariantCulture),
        })).ToList()).ToList();
    }

    public static IReadOnlyList<string> SheetNames(string file)
    {
        using var doc = SpreadsheetDocument.Open(file, false);
        return doc.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value!).ToList();
    }
}
