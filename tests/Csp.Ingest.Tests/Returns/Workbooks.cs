using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Ingest.Tests.Returns;

/// <summary>Builds a small workbook in memory: strings as shared strings, numbers (and dates as Excel serial numbers) as numbers.</summary>
internal static class Workbooks
{
    public static double Date(int year, int month, int day) => new DateTime(year, month, day).ToOADate();

    public static MemoryStream Create(string sheetName, IReadOnlyList<object[]> rows)
    {
        var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var strings = workbook.AddNewPart<SharedStringTablePart>();
            strings.SharedStringTable = new SharedStringTable();
            var index = new Dictionary<string, int>();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = $"{(char)('A' + c)}{r + 1}";
                    if (rows[r][c] is double d)
                    {
                        row.Append(new Cell { CellReference = reference, CellValue = new CellValue(d) });
                        continue;
                    }
                    var text = (string)rows[r][c];
                    if (!index.TryGetValue(text, out var i))
                    {
                        i = index[text] = index.Count;
                        strings.SharedStringTable.Append(new SharedStringItem(new Text(text)));
                    }
                    row.Append(new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(i) });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = sheetName }));
        }
        stream.Position = 0;
        return stream;
    }
}
