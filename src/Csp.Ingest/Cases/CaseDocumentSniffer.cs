using System.IO.Compression;

namespace Csp.Ingest.Cases;

/// <summary>
/// Says what an uploaded file is from its bytes, not from its name or the type the browser claims: a PDF starts
/// <c>%PDF-</c>, a PNG and a JPEG with their signatures, a Word or Excel file is a zip (OOXML) holding
/// <c>word/document.xml</c> or <c>xl/workbook.xml</c> and no macros, and plain text has no control characters but tab,
/// line feed, form feed and carriage return. Anything else is refused with the reason, and so is a file whose name's
/// ending does not match what it is (a PDF named <c>letter.exe</c>, a script named <c>notes.txt.bat</c>): the name is what
/// a reader's computer trusts when the file is opened.
/// </summary>
public static class CaseDocumentSniffer
{
    /// <summary>Endings of programs and scripts, named in the refusal so an officer knows why.</summary>
    private static readonly string[] Runnable =
        [".exe", ".dll", ".com", ".bat", ".cmd", ".msi", ".ps1", ".vbs", ".js", ".jse", ".wsf", ".hta", ".scr", ".sh", ".jar", ".lnk", ".app", ".py", ".html", ".htm", ".svg"];

    /// <summary>The kind, or null with the reason it is refused.</summary>
    public static (CaseDocumentKind? Kind, string? Refusal) Sniff(ReadOnlySpan<byte> content, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (Runnable.Contains(extension))
            return (null, $"'{fileName}' is a program or script ({extension}): those are refused. Accepted: {CaseDocumentKind.Accepted}.");
        if (content.Length == 0) return (null, $"'{fileName}' is empty.");
        if (Executable(content))
            return (null, $"'{fileName}' is a program (its content is an executable), whatever its name says: programs and scripts are refused.");
        var (kind, why) = KindOf(content);
        if (kind is null) return (null, $"'{fileName}' is {why}: refused. Accepted: {CaseDocumentKind.Accepted}.");
        if (!kind.Extensions.Contains(extension))
        {
            var named = extension.Length == 0 ? "has no ending" : $"ends {extension}";
            return (null, $"'{fileName}' {named} but its content {(kind.Description.StartsWith('E') ? "is an" : "is a")} {kind.Description}: name it with {string.Join(" or ", kind.Extensions)}.");
        }
        return (kind, null);
    }

    private static bool Executable(ReadOnlySpan<byte> b) =>
        b.StartsWith("MZ"u8) || b.StartsWith("\u007fELF"u8) || b.StartsWith("#!"u8)
        || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCE]) || b.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xED, 0xFA, 0xCF]) || b.StartsWith((ReadOnlySpan<byte>)[0xCE, 0xFA, 0xED, 0xFE])
        || b.StartsWith((ReadOnlySpan<byte>)[0xCF, 0xFA, 0xED, 0xFE]) || b.StartsWith((ReadOnlySpan<byte>)[0xCA, 0xFE, 0xBA, 0xBE]);

    private static (CaseDocumentKind? Kind, string? Why) KindOf(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8)) return (CaseDocumentKind.Pdf, null);
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return (CaseDocumentKind.Png, null);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return (CaseDocumentKind.Jpeg, null);
        if (b.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return (null, "an old-style Office file (.doc, .xls, .msg): save it as .docx, .xlsx or PDF");
        if (b.StartsWith("PK\u0003\u0004"u8)) return Office(b.ToArray());
        return PlainText(b) ? (CaseDocumentKind.Text, null) : (null, "not one of the accepted kinds (its content is binary and not a known document or picture)");
    }

    /// <summary>A zip: Word or Excel when it holds their main part, refused when it holds macros (a .docm or .xlsm renamed).</summary>
    private static (CaseDocumentKind? Kind, string? Why) Office(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            // Only the central directory's names are read: nothing is decompressed, so a zip bomb costs nothing here.
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)))
                return (null, "a macro-enabled Office file (it holds macros)");
            if (!names.Contains("[Content_Types].xml")) return (null, "a zip archive, not a Word or Excel file");
            if (names.Contains("word/document.xml")) return (CaseDocumentKind.Docx, null);
            if (names.Contains("xl/workbook.xml")) return (CaseDocumentKind.Xlsx, null);
            return (null, "an Office file of a kind not accepted (not a Word document or Excel workbook)");
        }
        catch (InvalidDataException)
        {
            return (null, "a damaged zip archive");
        }
    }

    /// <summary>No NUL or other control characters but tab, line feed, form feed and carriage return (UTF-8 or a single-byte code page).</summary>
    private static bool PlainText(ReadOnlySpan<byte> b)
    {
        foreach (var x in b)
        {
            if (x is < 0x20 and not (0x09 or 0x0A or 0x0C or 0x0D) || x == 0x7F) return false;
        }
        return true;
    }
}
