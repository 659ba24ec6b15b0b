using System.Diagnostics;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// A report rendered once, converted to PDF once by LibreOffice, its text extracted and its first page drawn: shared by
/// the facts of one test class, so a test run converts each format once. The files go to a fresh temporary folder, or to
/// the folder named by CSP_REPORT_OUTPUT (to look at them) when that is set.
/// </summary>
public abstract class LibreOfficeConversion : IAsyncLifetime
{
    private readonly bool _keep = Environment.GetEnvironmentVariable("CSP_REPORT_OUTPUT") is { Length: > 0 };

    public string Folder { get; private set; } = "";
    public string File { get; private set; } = "";
    public string Pdf { get; private set; } = "";
    public string Text { get; private set; } = "";
    public int Pages { get; private set; }
    public IReadOnlyList<string> FirstPagePng { get; private set; } = [];
    public TimeSpan RenderTime { get; private set; }
    public TimeSpan ConversionTime { get; private set; }

    protected abstract string Extension { get; }

    protected abstract Task<byte[]> RenderAsync();

    public async Task InitializeAsync()
    {
        Folder = Environment.GetEnvironmentVariable("CSP_REPORT_OUTPUT") is { Length: > 0 } keep
            ? keep
            : Path.Combine(Path.GetTempPath(), "csp-office-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        var started = Stopwatch.StartNew();
        var bytes = await RenderAsync();
        RenderTime = started.Elapsed;
        File = Path.Combine(Folder, "gravesham-assessment-" + Extension.TrimStart('.') + Extension);
        await System.IO.File.WriteAllBytesAsync(File, bytes);
        (Pdf, ConversionTime) = await OfficeTools.ConvertToPdfAsync(File);
        Text = await OfficeTools.PdfTextAsync(Pdf);
        Pages = await OfficeTools.PdfPageCountAsync(Pdf);
        FirstPagePng = await OfficeTools.RenderPagesAsync(Pdf, 1, 1);
    }

    public Task DisposeAsync()
    {
        if (!_keep)
        {
            try { Directory.Delete(Folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        return Task.CompletedTask;
    }
}
