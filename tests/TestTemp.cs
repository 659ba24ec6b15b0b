// Compiled into every test project (Directory.Build.props), internal to each.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Csp.TestSupport;

/// <summary>
/// A test process's temporary files in a folder of its own, deleted when the process exits. Set as TMPDIR when the test
/// assembly loads, so <see cref="Path.GetTempPath"/>, <see cref="Directory.CreateTempSubdirectory(string?)"/> and the
/// processes a test starts (the CLI, Chromium, PostgreSQL, LibreOffice) all write there: a run leaves nothing behind
/// however a test forgets its files (the sample databases are 89 MB a copy; a day of runs had filled the disk). A process
/// killed before it could delete its folder leaves it to the next run's sweep (a folder whose process is gone).
/// </summary>
internal static class TestTemp
{
    private const string Prefix = "csp-run-";
    private const string Owner = "CSP_TEST_TEMP_OWNER";

#pragma warning disable CA2255 // A module initializer in a test assembly: TMPDIR must be set before any test asks for it.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Enter()
    {
        // Only in a test host (Csp.Testing, which holds it too, is also loaded by the benchmarks, which keep the system's).
        if (!OperatingSystem.IsLinux() || System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name != "testhost") return;
        var pid = Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        // Another test assembly in this process (the test project's own, or Csp.Testing beside it: whichever loads first) has done it.
        if (Environment.GetEnvironmentVariable(Owner) == pid) return;
        var system = Path.GetTempPath();
        Sweep(system);
        var folder = Path.Combine(system, Prefix + pid);
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable("TMPDIR", folder);
        Environment.SetEnvironmentVariable(Owner, pid);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Delete(folder);
    }

    /// <summary>
    /// Deletes the folders of test processes that are gone, and what runs before these folders left in the folders the
    /// tests used to share (<c>csp-tests</c>, <c>csp-web-tests</c>) once a day old.
    /// </summary>
    private static void Sweep(string system)
    {
        try
        {
            foreach (var folder in Directory.EnumerateDirectories(system, Prefix + "*"))
            {
                var pid = Path.GetFileName(folder)[Prefix.Length..];
                if (!Directory.Exists("/proc/" + pid) || Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddDays(-2)) Delete(folder);
            }
            foreach (var shared in new[] { "csp-tests", "csp-web-tests" }.Select(n => Path.Combine(system, n)).Where(Directory.Exists))
            {
                foreach (var file in Directory.EnumerateFiles(shared).Where(f => File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddDays(-1)))
                {
                    File.Delete(file);
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another run sweeping at the same time, or a folder not ours: left for the next.
        }
    }

    private static void Delete(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException)
            {
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A process the tests started still writing as it ends: once more, then left for the next run's sweep.
                if (attempt == 3) return;
                Thread.Sleep(200);
            }
        }
    }
}
