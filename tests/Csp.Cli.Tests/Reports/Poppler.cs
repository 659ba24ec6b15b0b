using System.Diagnostics;

namespace Csp.Cli.Tests.Reports;

/// <summary>Debian's poppler and LibreOffice, run for real on the reports the CLI writes.</summary>
internal static class Poppler
{
    /// <summary>The PDF's text with its layout kept, so that a table row reads as one line.</summary>
    public static async Task<string> TextAsync(string pdf)
    {
        var txt = Path.ChangeExtension(pdf, ".txt");
        await RunAsync("pdftotext", ["-layout", pdf, txt], TimeSpan.FromMinutes(1));
        return await File.ReadAllTextAsync(txt);
    }

    /// <summary>Converts a Word or Excel file to PDF with LibreOffice in a fresh profile; fails the test when it cannot.</summary>
    public static async Task<string> ConvertWithLibreOfficeAsync(string file)
    {
        var folder = Path.Combine(Path.GetDirectoryName(file)!, "libreoffice");
        var profile = Path.Combine(Path.GetTempPath(), "csp-lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            await RunAsync("libreoffice", ["-env:UserInstallation=file://" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", folder, file], TimeSpan.FromMinutes(4));
        }
        finally
        {
            try { Directory.Delete(profile, true); } catch (IOException) { }
        }
        var pdf = Path.Combine(folder, Path.GetFileNameWithoutExtension(file) + ".pdf");
        Assert.True(File.Exists(pdf), $"LibreOffice did not convert {file}");
        return pdf;
    }

    /// <summary>The PDF's page count as pdfinfo reads it.</summary>
    public static async Task<int> PagesAsync(string pdf)
    {
        var info = await RunAsync("pdfinfo", [pdf], TimeSpan.FromMinutes(1));
        var line = info.Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string program, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {await output}{await errors}");
        return await output;
    }
}
