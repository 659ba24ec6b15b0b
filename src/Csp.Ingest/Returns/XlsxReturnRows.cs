using System.Globalization;
using Csp.Core.Imports;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Ingest.Returns;

/// <summary>
/// A workbook return: one sheet (named, else the first), read row by row with the SAX reader so a big sheet is never
/// held whole. Title rows above the header are skipped: the header is the first row holding every required column.
/// Numbers are read as Excel stores them (invariant); a date cell arrives as its serial number, which the reader turns
/// into a day.
/// </summary>
internal sealed class XlsxReturnRows : IReturnRows
{
    private readonly string? _sheetName;
    private readonly List<ImportIssue> _issues = [];
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _pool = new(StringComparer.Ordinal);
    private SpreadsheetDocument? _document;
    private OpenXmlReader? _reader;
    private string[] _strings = [];
    private string[] _row = [];
    private int _rowWidth;

    public XlsxReturnRows(Stream stream, string fileName, string? sheetName)
    {
        FileName = fileName;
        _sheetName = sheetName;
        try
        {
            Stream seekable = stream;
            if (!stream.CanSeek)
            {
                seekable = new MemoryStream();
                stream.CopyTo(seekable);
                seekable.Position = 0;
            }
            _document = SpreadsheetDocument.Open(seekable, false);
        }
        catch (Exception e) when (e is InvalidDataException or OpenXmlPackageException or IOException or FileFormatException)
        {
            FileError = new ImportIssue(fileName, 0, null, $"this is not an Excel workbook ({e.Message}).");
        }
    }

    public string FileName { get; }

    public ImportIssue? FileError { get; private set; }

    /// <summary>Never: a workbook cut short is not a zip package, and is refused whole when opened (<see cref="FileError"/>).</summary>
    public bool Truncated => false;

    public IReadOnlyList<string> Header { get; private set; } = [];

    public long Line { get; private set; }

    public bool Open(IReadOnlyList<string> required)
    {
        if (FileError is not null || _document is null) return false;
        var workbook = _document.WorkbookPart;
        var sheets = workbook?.Workbook.Sheets?.Elements<Sheet>().ToList() ?? [];
        var sheet = _sheetName is null ? sheets.FirstOrDefault() : sheets.FirstOrDefault(s => string.Equals(s.Name?.Value, _sheetName, StringComparison.OrdinalIgnoreCase));
        if (workbook is null || sheet?.Id?.Value is null)
        {
            FileError = new ImportIssue(FileName, 0, null, _sheetName is null ? "the workbook has no sheet." : $"the workbook has no sheet named '{_sheetName}'.");
            return false;
        }
        _strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        _reader = OpenXmlReader.Create((WorksheetPart)workbook.GetPartById(sheet.Id.Value));
        while (ReadRow())
        {
            var cells = _row.AsSpan(0, _rowWidth).ToArray();
            if (!required.All(r => cells.Contains(r, StringComparer.OrdinalIgnoreCase))) continue;
            Header = cells;
            for (var i = 0; i < cells.Length; i++)
            {
                if (cells[i].Length > 0) _columns.TryAdd(cells[i], i);
            }
            return true;
        }
        FileError = new ImportIssue(FileName, 0, null, $"no row of sheet '{sheet.Name?.Value}' holds the columns {string.Join(", ", required)}: this is not {ReturnReader.Description}.");
        return false;
    }

    public int Column(string name) => _columns.TryGetValue(name, out var i) ? i : -1;

    public bool Next()
    {
        while (ReadRow())
        {
            if (_row.AsSpan(0, _rowWidth).ContainsAnyExcept("")) return true;
        }
        return false;
    }

    public bool TryText(int column, string fieldName, out string text)
    {
        text = column < _rowWidth ? _row[column] : "";
        return true;
    }

    public string Raw() => string.Join(",", _row.AsSpan(0, _rowWidth).ToArray());

    public List<ImportIssue> TakeIssues()
    {
        var taken = new List<ImportIssue>(_issues);
        _issues.Clear();
        return taken;
    }

    private bool ReadRow()
    {
        if (_reader is null) return false;
        while (_reader.Read())
        {
            if (_reader.ElementType != typeof(Row) || !_reader.IsStartElement) continue;
            var row = (Row)_reader.LoadCurrentElement()!;
            Line = row.RowIndex?.Value ?? Line + 1;
            Array.Fill(_row, "");
            _rowWidth = 0;
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                next = index + 1;
                if (index >= _row.Length) Array.Resize(ref _row, Math.Max(index + 1, _row.Length * 2));
                for (var i = _rowWidth; i < index; i++) _row[i] = "";
                _row[index] = Pool(CellText(cell));
                _rowWidth = Math.Max(_rowWidth, index + 1);
            }
            return true;
        }
        return false;
    }

    private string Pool(string text)
    {
        if (text.Length == 0) return "";
        if (_pool.TryGetValue(text, out var pooled)) return pooled;
        if (_pool.Count < 100_000) _pool[text] = text;
        return text;
    }

    private string CellText(Cell cell)
    {
        if (cell.DataType?.Value == CellValues.InlineString) return (cell.InlineString?.InnerText ?? "").Trim();
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < _strings.Length ? _strings[i].Trim() : "";
        }
        return value.Trim();
    }

    /// <summary>0-based column index from a reference such as "AB12".</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c)) break;
            index = index * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return index - 1;
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _document?.Dispose();
    }
}
