using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Csp.Chromium;

/// <summary>
/// The browser process and the temporary folder it owns: its profile, its crash-report and cache folders (pointed there by
/// XDG_CONFIG_HOME and XDG_CACHE_HOME, so nothing is written to the user's home) and the pages written for it to open.
/// Keeps the last lines Chromium wrote to standard error, to explain a failure.
/// </summary>
internal sealed class ChromiumProcess
{
    private const int OutputLinesKept = 40;
    private const string DevToolsBanner = "DevTools listening on ";

    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly TaskCompletionSource<Uri> _devToolsUrl = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _readingErrors;
    private readonly Task _readingOutput;

    private ChromiumProcess(Process process, string executablePath, string folder)
    {
        _process = process;
        ExecutablePath = executablePath;
        Folder = folder;
        Id = process.Id;
        _process.Exited += (_, _) => _exited.TrySetResult();
        if (_process.HasExited) _exited.TrySetResult();
        _readingErrors = ReadErrorsAsync();
        _readingOutput = _process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
    }

    public int Id { get; }

    public string ExecutablePath { get; }

    /// <summary>The temporary folder; deleted by <see cref="StopAsync"/>.</summary>
    public string Folder { get; }

    /// <summary>Where pages are written for the browser to open (file:// URLs).</summary>
    public string PagesFolder => Path.Combine(Folder, "pages");

    public bool HasExited => _exited.Task.IsCompleted;

    /// <summary>Completes when the browser process has exited (for any reason).</summary>
    public Task Exited => _exited.Task;

    public static async Task<(ChromiumProcess Process, Uri DevToolsUrl)> StartAsync(string executablePath, TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(executablePath))
        {
            throw new ChromiumException(
                $"Chromium was not found at '{executablePath}'. Install Debian's chromium and fonts-liberation packages " +
                $"(apt-get install chromium fonts-liberation), or set {ChromiumOptions.ExecutableVariable} to the path of a " +
                "Chromium or Chrome executable.");
        }

        var folder = CreateFolder();
        Directory.CreateDirectory(Path.Combine(folder, "pages"));
        var info = new ProcessStartInfo(executablePath)
        {
            UseShellExecute = false,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in Arguments(folder)) info.ArgumentList.Add(argument);
        info.Environment["XDG_CONFIG_HOME"] = Path.Combine(folder, "config");
        info.Environment["XDG_CACHE_HOME"] = Path.Combine(folder, "cache");

        Process process;
        try
        {
            process = new Process { StartInfo = info, EnableRaisingEvents = true };
            ChromiumTrace.Mark("starting the browser");
            process.Start();
        }
        catch (Win32Exception e)
        {
            await DeleteFolderAsync(folder).ConfigureAwait(false);
            throw new ChromiumException($"Chromium at '{executablePath}' could not be started: {e.Message}.", e);
        }

        var chromium = new ChromiumProcess(process, executablePath, folder);
        try
        {
            var first = await Task.WhenAny(chromium._devToolsUrl.Task, chromium._exited.Task)
                .WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            if (first == chromium._exited.Task && !chromium._devToolsUrl.Task.IsCompleted)
            {
                // Let the error reader take the last lines the browser wrote as it died.
                await chromium.WaitForOutputAsync().ConfigureAwait(false);
                throw new ChromiumException(chromium.Describe("exited before it opened its DevTools port"));
            }
            ChromiumTrace.Mark("its DevTools port is open");
            return (chromium, await chromium._devToolsUrl.Task.ConfigureAwait(false));
        }
        catch (TimeoutException)
        {
            // Described before it is stopped: the exit code of our own kill would say nothing.
            var message = chromium.Describe(
                string.Create(CultureInfo.InvariantCulture, $"did not open its DevTools port within {timeout.TotalSeconds:0} s"));
            await chromium.StopAsync().ConfigureAwait(false);
            throw new TimeoutException(message);
        }
        catch
        {
            await chromium.StopAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The temporary folder, readable by this user only (0700: the pages written into it are reports): in /dev/shm when it
    /// is a memory file system with room and TMPDIR is not set, else in the system's temporary folder. A new profile is some 200 files, among
    /// them SQLite databases that Chromium writes and syncs as it starts; on a disk that cost about 0.3 s to delete after
    /// every print (and the syncs as it started), in memory nothing worth measuring.
    /// </summary>
    private static string CreateFolder()
    {
        // An operator who set TMPDIR chose where temporary files go: that is respected.
        if (OperatingSystem.IsLinux() && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("TMPDIR")) && MemoryFolderHasRoom())
        {
            try
            {
                SweepLeftovers(MemoryFolder, LeftoverAge);
                var folder = Path.Combine(MemoryFolder, FolderPrefix + Guid.NewGuid().ToString("N")[..12]);
                Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                return folder;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Read-only or not ours to write: the temporary folder below serves.
            }
        }
        return Directory.CreateTempSubdirectory("csp-chromium-").FullName;
    }

    private const string MemoryFolder = "/dev/shm";

    private const string FolderPrefix = "csp-chromium-";

    /// <summary>How old a folder left in /dev/shm must be before <see cref="SweepLeftovers"/> takes it for a leftover.</summary>
    internal static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Deletes the browser folders under <paramref name="root"/> that a process killed outright (SIGKILL, out of memory)
    /// left behind: older than <paramref name="age"/> and named on no live process's command line. In /dev/shm they would
    /// otherwise hold their pages (reports, some restricted) in memory until the machine restarts. Another user's folder
    /// (0700) cannot be read or deleted and is passed over.
    /// </summary>
    internal static void SweepLeftovers(string root, TimeSpan age)
    {
        List<string> old;
        try
        {
            old = [.. Directory.EnumerateDirectories(root, FolderPrefix + "*").Where(d => DateTime.UtcNow - Directory.GetLastWriteTimeUtc(d) > age)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var folder in old)
        {
            if (ProcessesUsing(folder).Count > 0) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not ours, or going already.
            }
        }
    }

    /// <summary>
    /// Containers often give /dev/shm 64 MB, which the pages of a few long reports at once could fill: only a larger one is
    /// used.
    /// </summary>
    private static bool MemoryFolderHasRoom()
    {
        try
        {
            return Directory.Exists(MemoryFolder) && new DriveInfo(MemoryFolder).AvailableFreeSpace >= 512L * 1024 * 1024;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return false;
        }
    }

    /// <summary>The command line; each flag is explained where it is not obvious.</summary>
    private static IEnumerable<string> Arguments(string folder) =>
    [
        .. BrowserFlags,
        // Port 0: the system chooses a free port (printed on stderr), so any number of browsers can run side by side.
        "--remote-debugging-port=0",
        "--user-data-dir=" + Path.Combine(folder, "profile"),
        "about:blank",
    ];

    /// <summary>The flags of every browser started, but for its DevTools port, profile and first page.</summary>
    internal static readonly IReadOnlyList<string> BrowserFlags =
    [
        "--headless",
        // Reports run as root in containers and CI, where Chromium's sandbox cannot start. The pages are our own reports
        // and cannot reach the network, which is what the sandbox would otherwise contain.
        "--no-sandbox",
        "--disable-gpu",
        // No traffic of the browser's own: no component or variation downloads, no sync, no QUIC probing, no extensions.
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
        "--disable-extensions",
        // A second wall behind the per-page request blocking, for what the DevTools interception does not see (WebSockets,
        // the browser's own requests): no host name resolves, and the rule catches IP addresses too (a WebSocket to
        // 127.0.0.1 is refused; without this flag it connects).
        "--host-resolver-rules=MAP * ~NOTFOUND",
        // Containers often give /dev/shm 64 MB, too little for a long page; Debian's launcher means to add this flag when
        // /dev/shm is small but its test fails on some machines, so it is always given.
        "--disable-dev-shm-usage",
        // Captured pages are laid out at exactly the viewport width, without a scrollbar taking 15 pixels of it.
        "--hide-scrollbars",
        "--mute-audio",
        // Headless Chromium still builds each window's browser interface, and with it WebUI omnibox popups: two renderer
        // processes at start-up that no report needs (Chromium 156; a name an older Chromium does not
        // know is ignored). A start and one print took 2.8 s of CPU without them, 3.7 s with them.
        "--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup",
    ];

    /// <summary>"Chromium (/usr/bin/chromium, pid 123) {what} (exit code N). Its last output: ...".</summary>
    public string Describe(string what)
    {
        var exit = HasExited ? string.Create(CultureInfo.InvariantCulture, $" (exit code {SafeExitCode()})") : "";
        var lines = LastOutput();
        var output = lines.Count == 0 ? " It wrote nothing to standard error." : " Its last output:\n  " + string.Join("\n  ", lines);
        return string.Create(CultureInfo.InvariantCulture, $"Chromium ({ExecutablePath}, pid {Id}) {what}{exit}.{output}");
    }

    /// <summary>
    /// The last lines of standard error, without the D-Bus complaints that a headless browser on a server always makes
    /// (there is no session bus), which would otherwise push out the lines that explain a failure.
    /// </summary>
    public IReadOnlyList<string> LastOutput()
    {
        lock (_lastLines)
        {
            return _lastLines.Where(l => !l.Contains("dbus", StringComparison.OrdinalIgnoreCase)).TakeLast(12).ToList();
        }
    }

    /// <summary>Gives the error reader a moment to take the lines a dying browser wrote last.</summary>
    public Task WaitForOutputAsync() => Task.WhenAny(_readingErrors, Task.Delay(TimeSpan.FromMilliseconds(500)));

    /// <summary>
    /// Kills the browser and its helpers (the profile is temporary: nothing is lost), including crashpad handlers, which are
    /// re-parented away from its tree, waits until none is left, and deletes the temporary folder.
    /// </summary>
    public async Task StopAsync()
    {
        ChromiumTrace.Mark(HasExited ? "the browser had exited" : "killing the browser");
        if (!HasExited)
        {
            // On Linux its helpers are found first, in one pass over /proc, and killed right after it: each names this folder
            // on its command line (the profile, or the crash database under XDG_CONFIG_HOME) or is the browser's child.
            // Kill(entireProcessTree) looked up every process's parent with a Process object apiece: 0.1 s of each command's end.
            var helpers = OperatingSystem.IsLinux() ? ProcessesUsing(Folder, Id) : [];
            try
            {
                _process.Kill(entireProcessTree: !OperatingSystem.IsLinux());
            }
            catch (InvalidOperationException)
            {
                // Exited between the check and the kill.
            }
            KillEach(helpers.Where(pid => pid != Id));
            ChromiumTrace.Mark("killed");
        }
        try
        {
            // Reaps the browser, so no zombie is left; a killed browser exits at once.
            await _process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Unkillable (stuck in the kernel): nothing more can be done from here, and disposal must not hang.
        }
        ChromiumTrace.Mark("reaped");
        await KillLeftoversAsync().ConfigureAwait(false);
        ChromiumTrace.Mark("no helper left");
        _process.Dispose();
        await DeleteFolderAsync(Folder).ConfigureAwait(false);
        ChromiumTrace.Mark("its folder deleted");
        await Task.WhenAny(Task.WhenAll(_readingErrors, _readingOutput), Task.Delay(TimeSpan.FromSeconds(1))).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits until no process names our folder on its command line (killed processes are gone within milliseconds); one
    /// still there after a few seconds (started as the others were killed) is killed. Linux only (reads /proc).
    /// </summary>
    private async Task KillLeftoversAsync()
    {
        if (!OperatingSystem.IsLinux()) return;
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(5))
        {
            var left = ProcessesUsing(Folder);
            if (left.Count == 0) return;
            if (waited.Elapsed >= TimeSpan.FromSeconds(3)) KillEach(left);
            // Killed processes are gone within milliseconds: look again soon at first, then less often.
            await Task.Delay(waited.Elapsed < TimeSpan.FromMilliseconds(300) ? 10 : 100).ConfigureAwait(false);
        }
    }

    /// <summary>The parent's id from /proc/PID/stat ("pid (name) state ppid ..."; the name may hold spaces and brackets).</summary>
    private static int ParentOf(string directory)
    {
        var stat = File.ReadAllText(Path.Combine(directory, "stat"));
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ', 3);
        return fields.Length > 1 && int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ppid) ? ppid : -1;
    }

    private static void KillEach(IEnumerable<int> processIds)
    {
        foreach (var pid in processIds)
        {
            try
            {
                using var process = Process.GetProcessById(pid);
                process.Kill();
            }
            catch (ArgumentException)
            {
                // Gone already.
            }
            catch (InvalidOperationException)
            {
            }
            catch (Win32Exception)
            {
            }
        }
    }

    /// <summary>
    /// The ids of live processes whose command line mentions <paramref name="folder"/> (zombies have none), and, given
    /// <paramref name="parent"/>, its children too.
    /// </summary>
    internal static IReadOnlyList<int> ProcessesUsing(string folder, int? parent = null)
    {
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
            try
            {
                var commandLine = File.ReadAllText(Path.Combine(directory, "cmdline"));
                if (commandLine.Contains(folder, StringComparison.Ordinal)) found.Add(pid);
                else if (parent is { } p && ParentOf(directory) == p) found.Add(pid);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return found;
    }

    private async Task ReadErrorsAsync()
    {
        try
        {
            while (await _process.StandardError.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                if (!_devToolsUrl.Task.IsCompleted && line.StartsWith(DevToolsBanner, StringComparison.Ordinal)
                    && Uri.TryCreate(line[DevToolsBanner.Length..].Trim(), UriKind.Absolute, out var url))
                {
                    _devToolsUrl.TrySetResult(url);
                }
                lock (_lastLines)
                {
                    _lastLines.Enqueue(line);
                    while (_lastLines.Count > OutputLinesKept) _lastLines.Dequeue();
                }
            }
        }
        catch (IOException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private int SafeExitCode()
    {
        try
        {
            return _process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1;
        }
    }

    private static async Task DeleteFolderAsync(string folder)
    {
        // A helper may still be writing its last file for a moment after the browser exits.
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
            await Task.Delay(100).ConfigureAwait(false);
        }
    }
}
