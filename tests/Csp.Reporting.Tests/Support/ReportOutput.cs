namespace Csp.Reporting.Tests.Support;

/// <summary>Where a test writes a rendered report: a fresh temporary folder, or the folder named by CSP_REPORT_OUTPUT (to look at).</summary>
internal static class ReportOutput
{
    public static string Folder(string name)
    {
        var root = Environment.GetEnvironmentVariable("CSP_REPORT_OUTPUT") is { Length: > 0 } kept
            ? kept
            : Path.Combine(Path.GetTempPath(), "csp-report-tests-" + Guid.NewGuid().ToString("N"));
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
