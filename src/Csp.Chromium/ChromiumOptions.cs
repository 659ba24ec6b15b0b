namespace Csp.Chromium;

/// <summary>How to start and wait on Chromium. The defaults suit a slow, shared two-core server.</summary>
public sealed record ChromiumOptions
{
    /// <summary>The environment variable that names the browser when <see cref="ExecutablePath"/> is not given.</summary>
    public const string ExecutableVariable = "CSP_CHROMIUM";

    /// <summary>Debian's launcher: a shell script that execs /usr/lib/chromium/chromium (which is started directly when it is there).</summary>
    public const string DefaultExecutablePath = "/usr/bin/chromium";

    /// <summary>The browser to run; null means <c>CSP_CHROMIUM</c>, else <see cref="DefaultExecutablePath"/>.</summary>
    public string? ExecutablePath { get; init; }

    /// <summary>From starting the process to an open DevTools connection. A cold start is 1-2 s, more on a loaded machine.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The longest any single step of a page may take: one DevTools command (printing a long report is one command) or one
    /// wait (the page's load event). A step that takes longer throws a <see cref="TimeoutException"/> naming the step.
    /// </summary>
    public TimeSpan OperationTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>The width, in CSS pixels, that a page is laid out at for <see cref="IChromium.CaptureElementsAsync"/>.</summary>
    public int CaptureViewportWidth { get; init; } = 1280;

    /// <summary>
    /// Whether a page's own scripts run. Off by default: reports are static documents (inline SVG, no script), and a page
    /// without scripts cannot open a WebRTC connection, the one way out that request blocking and the host-name wall do
    /// not close (WebRTC sends UDP to an IP address). With scripts on, fetch, beacons and WebSockets are still refused.
    /// </summary>
    public bool AllowPageScripts { get; init; }

    /// <summary>The browser itself behind Debian's launcher (<see cref="DefaultExecutablePath"/>).</summary>
    internal const string DebianBrowserPath = "/usr/lib/chromium/chromium";

    /// <summary>
    /// The executable to start. When none is given (neither <see cref="ExecutablePath"/> nor the environment variable),
    /// Debian's launcher is skipped for the browser it runs: the script runs a dozen programs (uname, grep, find, expr,
    /// findmnt, ls, tr) before its exec, 0.2-0.3 s of a command's start on a busy two-core machine, to add flags for a
    /// desktop browser (extensions, GPU rasterisation, the default-browser check) that a headless print does not use. An
    /// operator who needs the launcher (flags in /etc/chromium.d) names it: a path given is started as given.
    /// </summary>
    public string ResolveExecutablePath()
    {
        var given = ExecutablePath
            ?? (Environment.GetEnvironmentVariable(ExecutableVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null);
        if (given is not null) return given;
        return File.Exists(DebianBrowserPath) ? DebianBrowserPath : DefaultExecutablePath;
    }
}
