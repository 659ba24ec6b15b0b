using System.Diagnostics;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// The Nu Html Checker (the W3C's validator, vnu.jar from npm, installed by ./test under tests/tools) run on a file: the
/// errors it reports, one per line. A missing checker fails the test with what to run: a report page must be checked.
/// </summary>
internal static class NuHtmlChecker
{
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string htmlFile)
    {
        var jar = Jar();
        var start = new ProcessStartInfo("java", ["-jar", jar, "--errors-only", "--format", "text", htmlFile])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start: install a Java runtime (./test installs default-jre-headless).");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        var text = (await stderr) + (await stdout);
        // Text format: one "Error: ..." line per error; the exit code is not zero when there is one.
        var errors = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("Error", StringComparison.Ordinal)).ToList();
        if (process.ExitCode != 0 && errors.Count == 0) errors.Add($"vnu.jar exited with {process.ExitCode}: {text}");
        return errors;
    }

    private static string Jar()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var jar = Path.Combine(dir.FullName, "tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
            if (File.Exists(jar)) return jar;
            if (File.Exists(Path.Combine(dir.FullName, "Csp.slnx")))
            {
                throw new InvalidOperationException($"The Nu Html Checker is not installed: run 'npm ci' in {Path.Combine(dir.FullName, "tests", "tools")} (./test does this).");
            }
        }
        throw new InvalidOperationException("The repository root (Csp.slnx) was not found above the test binaries.");
    }
}
