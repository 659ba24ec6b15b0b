using System.IO.Compression;
using Csp.Ingest.Cases;

namespace Csp.Ingest.Tests.Cases;

/// <summary>Office files are told apart by the parts their zip holds, not by their names: Word, Excel, macro-enabled and plain zips.</summary>
public sealed class CaseDocumentSnifferTests
{
    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var e in entries)
            {
                using var w = new StreamWriter(zip.CreateEntry(e).Open());
                w.Write("<x/>");
            }
        }
        return buffer.ToArray();
    }

    [Fact]
    public void Word_and_Excel_are_known_by_their_main_part_and_macros_or_a_bare_zip_are_refused()
    {
        Assert.Equal(CaseDocumentKind.Docx, CaseDocumentSniffer.Sniff(Zip("[Content_Types].xml", "word/document.xml"), "letter.docx").Kind);
        Assert.Equal(CaseDocumentKind.Xlsx, CaseDocumentSniffer.Sniff(Zip("[Content_Types].xml", "xl/workbook.xml"), "log.xlsx").Kind);
        Assert.Equal("'letter.docx' is a macro-enabled Office file (it holds macros): refused. Accepted: PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or plain text (.txt, .csv).",
            CaseDocumentSniffer.Sniff(Zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), "letter.docx").Refusal);
        Assert.Equal("'photos.docx' is a zip archive, not a Word or Excel file: refused. Accepted: PDF, Word (.docx), Excel (.xlsx), PNG, JPEG or plain text (.txt, .csv).",
            CaseDocumentSniffer.Sniff(Zip("a.jpg"), "photos.docx").Refusal);
        Assert.Equal("'log.docx' ends .docx but its content is an Excel workbook: name it with .xlsx.",
            CaseDocumentSniffer.Sniff(Zip("[Content_Types].xml", "xl/workbook.xml"), "log.docx").Refusal);
        Assert.Equal(CaseDocumentKind.Text, CaseDocumentSniffer.Sniff("date,what\n2025-12-01,Music £5\n"u8, "log.csv").Kind);
    }
}
