using System.Diagnostics;
using System.Text;
using Csp.Reporting.Rendering;
using Csp.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Csp.Workbench.Tests.Performance;

/// <summary>The text of a rendered report in any of its four formats, for tests that look for its words and figures.</summary>
internal static class ReportText
{
    /// <summary>The words of a rendered report: HTML as sent, Word's and Excel's text runs, the PDF through poppler's pdftotext.</summary>
    public static async Task<string> OfAsync(ReportFormat format, byte[] content)
    {
        switch (format)
        {
            case ReportFormat.Docx:
                using (var word = WordprocessingDocument.Open(new MemoryStream(content), false)) return word.MainDocumentPart!.Document.Body!.InnerText;
            case ReportFormat.Xlsx:
                using (var book = SpreadsheetDocument.Open(new MemoryStream(content), false))
                {
                    var part = book.WorkbookPart!;
                    var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText) ?? [];
                    var inline = part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>()).Where(c => c.DataType?.Value == CellValues.InlineString).Select(c => c.InnerText);
                    return string.Join("\n", shared.Concat(inline));
                }
            case ReportFormat.Pdf:
                var pdf = Path.Combine(PoliceFiles.TempDirectory(), "report.pdf");
                await File.WriteAllBytesAsync(pdf, content);
                using (var process = Process.Start(new ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true })!)
                {
                    var text = await process.StandardOutput.ReadToEndAsync();
                    await process.WaitForExitAsync();
                    // A line broken inside a phrase by the page's width reads as one.
                    return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
                }
            default:
                return System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(content));
        }
    }

    /// <summary>
    /// The report's words and figures in reading order, one space between cells and paragraphs, so that a table row reads
    /// "Dartford 1,247 1,320 +73": the HTML without its tags, Word's paragraphs, Excel's cells row by row (numbers as stored,
    /// 1320 and 21.7), the PDF through pdftotext -layout.
    /// </summary>
    public static async Task<string> CellsAsync(ReportFormat format, byte[] content)
    {
        string text;
        switch (format)
        {
            case ReportFormat.Docx:
                using (var word = WordprocessingDocument.Open(new MemoryStream(content), false))
                {
                    text = string.Join(" ", word.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText));
                }
                break;
            case ReportFormat.Xlsx:
                using (var book = SpreadsheetDocument.Open(new MemoryStream(content), false))
                {
                    var part = book.WorkbookPart!;
                    var shared = part.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
                    text = string.Join(" ", part.WorksheetParts.SelectMany(w => w.Worksheet.Descendants<Cell>()).Select(c =>
                        c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                        : c.DataType?.Value == CellValues.InlineString ? c.InnerText : c.CellValue?.Text ?? ""));
                }
                break;
            case ReportFormat.Html:
                text = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(Encoding.UTF8.GetString(content), "<[^>]+>", " "));
                break;
            default:
                // pdftotext -layout keeps a table row on its line, in column order ("Speeding vehicles u/a 22.3% u/a").
                var pdf = Path.Combine(PoliceFiles.TempDirectory(), "report.pdf");
                await File.WriteAllBytesAsync(pdf, content);
                using (var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!)
                {
                    text = await process.StandardOutput.ReadToEndAsync();
                    await process.WaitForExitAsync();
                }
                break;
        }
        // Word keeps a minus sign with its number by a word joiner (U+2060), which reads as nothing.
        return System.Text.RegularExpressions.Regex.Replace(text.Replace("\u2060", "", StringComparison.Ordinal), @"\s+", " ");
    }
}
