using System.Globalization;

namespace Csp.Reporting.Tests.Support;

/// <summary>A PDF written to a temporary file and read back by poppler: its text page by page, and what pdfinfo says.</summary>
internal sealed class PdfFile : IDisposable
{
    private readonly string _folder;

    private PdfFile(string folder, string path)
    {
        _folder = folder;
        Path = path;
    }

    public string Path { get; }

    public static PdfFile Write(byte[] pdf)
    {
        Assert.True(pdf.Length > 4 && pdf[0] == '%' && pdf[1] == 'P' && pdf[2] == 'D' && pdf[3] == 'F', "not a PDF");
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "csp-pdf-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, "report.pdf");
        File.WriteAllBytes(path, pdf);
        return new PdfFile(folder, path);
    }

    /// <summary>The text of each page (pdftotext separates pages with a form feed), laid out as on the page.</summary>
    public async Task<IReadOnlyList<string>> PageTextsAsync()
    {
        var text = await OfficeTools.PdfTextAsync(Path);
        return text.Split('\f').SkipLast(1).ToList();
    }

    public Task<int> PageCountAsync() => OfficeTools.PdfPageCountAsync(Path);

    /// <summary>pdfinfo's fields: "Title", "Tagged" (yes/no), "Page size" ("595.276 x 841.89 pts (A4)")...</summary>
    public async Task<IReadOnlyDictionary<string, string>> InfoAsync()
    {
        var (code, output) = await OfficeTools.RunAsync("pdfinfo", [Path], TimeSpan.FromMinutes(1));
        Assert.True(code == 0, $"pdfinfo failed: {output}");
        return output.Split('\n')
            .Where(l => l.Contains(':', StringComparison.Ordinal))
            .Select(l => (Key: l[..l.IndexOf(':', StringComparison.Ordinal)], Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .GroupBy(f => f.Key)
            .ToDictionary(g => g.Key, g => g.First().Value);
    }

    public static double Points(string pageSize, int index) =>
        double.Parse(pageSize.Split(' ')[index], CultureInfo.InvariantCulture);

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
