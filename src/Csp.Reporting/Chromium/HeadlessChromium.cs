using Csp.Reporting.Rendering;

namespace Csp.Reporting.Chromium;

/// <summary>
/// One headless Chromium, started by <see cref="StartAsync"/> and closed by <see cref="DisposeAsync"/>: the browser exits
/// (killed with its process tree if it does not), helpers left behind are killed, and its temporary profile is deleted.
/// Any number of calls may run at once, each in its own tab; a web app should use <see cref="SharedChromium"/>, which
/// bounds them and restarts a browser that died. If the browser dies, every call under way fails at once with its exit
/// code and last output. Pages' own scripts do not run unless <see cref="ChromiumOptions.AllowPageScripts"/>.
/// </summary>
public sealed class HeadlessChromium : IChromium, IAsyncDisposable
{
    private readonly ChromiumProcess _process;
    private readonly DevToolsConnection _connection;
    private readonly ChromiumOptions _options;
    private int _disposed;

    private HeadlessChromium(ChromiumProcess process, DevToolsConnection connection, ChromiumOptions options, string version)
    {
        _process = process;
        _connection = connection;
        _options = options;
        Version = version;
    }

    /// <summary>The browser process; its helpers (renderers, GPU) are its children.</summary>
    public int ProcessId => _process.Id;

    /// <summary>As Chromium reports it: "HeadlessChrome/156.0.8078.114".</summary>
    public string Version { get; }

    /// <summary>False once the browser has exited, lost its connection or been disposed.</summary>
    public bool IsRunning => !_process.HasExited && _connection.IsOpen;

    /// <summary>The temporary folder holding the profile; gone after disposal.</summary>
    internal string Folder => _process.Folder;

    /// <summary>Starts Chromium and connects to it. Throws <see cref="ChromiumException"/> when it is missing or fails to start.</summary>
    public static async Task<HeadlessChromium> StartAsync(ChromiumOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new ChromiumOptions();
        var (process, url) = await ChromiumProcess.StartAsync(options.ResolveExecutablePath(), options.StartTimeout, cancellationToken)
            .ConfigureAwait(false);
        DevToolsConnection? connection = null;
        try
        {
            connection = await DevToolsConnection.ConnectAsync(url, options.OperationTimeout, cause => ExplainLossAsync(process, cause),
                cancellationToken).ConfigureAwait(false);
            var watched = connection;
            // The socket may stay open for a moment after the browser dies; the process exit is the prompt signal.
            _ = process.Exited.ContinueWith(async _ =>
            {
                if (!watched.CloseExpected) watched.Fail(await ExplainLossAsync(process, null).ConfigureAwait(false));
            }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            var version = await connection.SendAsync("Browser.getVersion", null, null, "asking Chromium its version", cancellationToken)
                .ConfigureAwait(false);
            return new HeadlessChromium(process, connection, options, version.GetProperty("product").GetString() ?? "");
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
            await process.StopAsync(TimeSpan.Zero).ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<byte[]> PrintPdfAsync(string html, PdfOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        await using var page = await OpenPageAsync(cancellationToken).ConfigureAwait(false);
        await page.LoadAsync(html, cancellationToken).ConfigureAwait(false);
        return await page.PrintPdfAsync(options, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<FigureImage>> CaptureElementsAsync(string html, IReadOnlyList<string> elementIds, double deviceScaleFactor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(elementIds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deviceScaleFactor);
        if (elementIds.Count == 0) return [];
        await using var page = await OpenPageAsync(cancellationToken).ConfigureAwait(false);
        await page.SetViewportAsync(_options.CaptureViewportWidth, ChromiumPage.CaptureViewportHeight, deviceScaleFactor, cancellationToken)
            .ConfigureAwait(false);
        await page.LoadAsync(html, cancellationToken).ConfigureAwait(false);
        return await page.CaptureAsync(elementIds, _options.CaptureViewportWidth, deviceScaleFactor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>For tests: loads the page, then gives what its requests were refused.</summary>
    internal async Task<IReadOnlyCollection<string>> LoadAndListBlockedAsync(string html, CancellationToken cancellationToken)
    {
        await using var page = await OpenPageAsync(cancellationToken).ConfigureAwait(false);
        await page.LoadAsync(html, cancellationToken).ConfigureAwait(false);
        return page.BlockedUrls.ToList();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        var grace = TimeSpan.Zero;
        _connection.ExpectClose();
        if (IsRunning)
        {
            try
            {
                // Browser.close lets Chromium end its helpers and flush the profile; the kill below is for when it cannot.
                await _connection.SendAsync("Browser.close", null, null, "closing Chromium", CancellationToken.None, TimeSpan.FromSeconds(5))
                    .ConfigureAwait(false);
                grace = TimeSpan.FromSeconds(10);
            }
            catch (ChromiumException)
            {
                // It closed the socket before answering: it is on its way out.
                grace = TimeSpan.FromSeconds(10);
            }
            catch (TimeoutException)
            {
                // Hung: killed below without waiting.
            }
        }
        _connection.Fail(new ChromiumException("Chromium was closed (the HeadlessChromium was disposed)."));
        await _connection.DisposeAsync().ConfigureAwait(false);
        await _process.StopAsync(grace).ConfigureAwait(false);
    }

    private async Task<ChromiumPage> OpenPageAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        return await ChromiumPage.OpenAsync(_connection, _process.PagesFolder, _options.AllowPageScripts, cancellationToken)
            .ConfigureAwait(false);
    }

    private static async Task<Exception> ExplainLossAsync(ChromiumProcess process, Exception? cause)
    {
        // A dying browser closes the socket a moment before it exits: wait briefly, so the message can say how it ended.
        await Task.WhenAny(process.Exited, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
        await process.WaitForOutputAsync().ConfigureAwait(false);
        var what = process.HasExited ? "exited unexpectedly" : "closed its DevTools connection";
        return cause is null ? new ChromiumException(process.Describe(what)) : new ChromiumException(process.Describe(what), cause);
    }
}
