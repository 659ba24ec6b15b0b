using System.Diagnostics;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// Debian's LibreOffice and poppler, run for real: a DOCX or XLSX that LibreOffice cannot open fails the test. Each
/// conversion gets a fresh LibreOffice profile, so test runs in parallel (or a desktop session) do not share a lock.
/// </summary>
internal static class OfficeTools
{
    /// <summary>The first conversion in a fresh profile sets the profile up, which takes a while on a busy two-core machine.</summary>
    private static readonly TimeSpan ConversionTimeout = TimeSpan.FromMinutes(4);

    public static async Task<(string Pdf, TimeSpan Elapsed)> ConvertToPdfAsync(string file)
    {
        var outDir = Path.GetDirectoryName(file)!;
        var profile = Path.Combine(Path.GetTempPath(), "csp-lo-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var started = Stopwatch.StartNew();
            var (code, output) = await RunAsync("libreoffice",
                ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, file], ConversionTimeout);
            var pdf = Path.ChangeExtension(file, ".pdf");
            if (code != 0 || !File.Exists(pdf) || new FileInfo(pdf).Length == 0)
            {
                throw new InvalidOperationException($"LibreOffice could not convert {Path.GetFileName(file)} to PDF (exit {code}):\n{output}");
            }
            return (pdf, started.Elapsed);
        }
        finally
        {
            try { Directory.Delete(profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The PDF's text with its layout kept, so a table row reads as one line.</summary>
    public static async Task<string> PdfTextAsync(string pdf)
    {
        var txt = Path.ChangeExtension(pdf, ".txt");
        var (code, output) = await RunAsync("pdftotext", ["-layout", pdf, txt], TimeSpan.FromMinutes(1));
        if (code != 0) throw new InvalidOperationException($"pdftotext failed on {pdf} (exit {code}): {output}");
        return await File.ReadAllTextAsync(txt);
    }

    public static async Task<int> PdfPageCountAsync(string pdf)
    {
        var (code, output) = await RunAsync("pdfinfo", [pdf], TimeSpan.FromMinutes(1));
        if (code != 0) throw new InvalidOperationException($"pdfinfo failed on {pdf} (exit {code}): {output}");
        var line = output.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Renders pages of the PDF to PNG at 80 dpi (poppler), returning the files.</summary>
    public static async Task<IReadOnlyList<string>> RenderPagesAsync(string pdf, int first, int last)
    {
        var prefix = Path.Combine(Path.GetDirectoryName(pdf)!, Path.GetFileNameWithoutExtension(pdf) + "-page");
        var (code, output) = await RunAsync("pdftoppm", ["-png", "-r", "80", "-f", first.ToString(System.Globalization.CultureInfo.InvariantCulture), "-l", last.ToString(System.Globalization.CultureInfo.InvariantCulture), pdf, prefix], TimeSpan.FromMinutes(1));
        if (code != 0) throw new InvalidOperationException($"pdftoppm failed on {pdf} (exit {code}): {output}");
        return Directory.GetFiles(Path.GetDirectoryName(pdf)!, Path.GetFileName(prefix) + "*.png").Order(StringComparer.Ordinal).ToList();
    }

    internal static async Task<(int Code, string Output)> RunAsync(string program, IReadOnlyList<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in arguments) info.ArgumentList.Add(a);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within {timeout.TotalSeconds:0} s.");
        }
        return (process.ExitCode, await stdout + await stderr);
    }
}
