using System.Collections.Concurrent;

namespace Csp.Chromium;

/// <summary>
/// One headless Chromium, started by <see cref="StartAsync"/> and closed by <see cref="DisposeAsync"/>: the browser and its
/// helpers are killed, and its temporary profile is deleted.
/// Any number of calls may run at once, each in its own tab; a web app should use <see cref="SharedChromium"/>, which
/// bounds them and restarts a browser that died. If the browser dies, every call under way fails at once with its exit
/// code and last output. Pages' own scripts do not run unless <see cref="ChromiumOptions.AllowPageScripts"/>. Tabs are kept
/// for reuse after a call that succeeded (opening one starts a renderer process, the largest cost of a small job); a call
/// that failed closes its tab.
/// </summary>
public sealed class HeadlessChromium : IChromium, IAsyncDisposable
{
    /// <summary>Idle tabs kept beyond this are closed: each holds a renderer process of some tens of megabytes.</summary>
    private const int IdlePagesKept = 4;

    private readonly ConcurrentQueue<ChromiumPage> _idlePages = new();
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
            ChromiumTrace.Mark("connected");
            var version = await connection.SendAsync("Browser.getVersion", null, null, "asking Chromium its version", cancellationToken)
                .ConfigureAwait(false);
            ChromiumTrace.Mark("it answered its version");
            return new HeadlessChromium(process, connection, options, version.GetProperty("product").GetString() ?? "");
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync().ConfigureAwait(false);
            await process.StopAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc/>
    public Task<byte[]> PrintPdfAsync(string html, PdfOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(options);
        return WithPageAsync(async page =>
        {
            await page.EmulatePrintMediaAsync(cancellationToken).ConfigureAwait(false);
            await page.LoadAsync(html, cancellationToken).ConfigureAwait(false);
            return await page.PrintPdfAsync(options, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<CapturedImage>> CaptureElementsAsync(string html, IReadOnlyList<string> elementIds, double deviceScaleFactor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(elementIds);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deviceScaleFactor);
        if (elementIds.Count == 0) return Task.FromResult<IReadOnlyList<CapturedImage>>([]);
        var width = _options.CaptureViewportWidth;
        return WithPageAsync(async page =>
        {
            await page.SetViewportAsync(width, ChromiumPage.CaptureViewportHeight, deviceScaleFactor, cancellationToken).ConfigureAwait(false);
            await page.LoadAsync(html, cancellationToken).ConfigureAwait(false);
            return await page.CaptureAsync(elementIds, width, deviceScaleFactor, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <inheritdoc/>
    public Task<CapturedImage> CapturePageAsync(string html, int widthPx, int heightPx, double deviceScaleFactor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(widthPx);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(heightPx);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(deviceScaleFactor);
        return WithPageAsync(async page =>
        {
            await page.SetViewportAsync(widthPx, heightPx, deviceScaleFactor, cancellationToken).ConfigureAwait(false);
            await page.EmulatePrintMediaAsync(cancellationToken).ConfigureAwait(false);
            await page.LoadAsync(html, cancellationToken).ConfigureAwait(false);
            return await page.CaptureViewportAsync(widthPx, heightPx, cancellationToken).ConfigureAwait(false);
        }, cancellationToken);
    }

    /// <summary>
    /// Takes the costs of a new browser's first job out of the way: a tab (a renderer process), the fonts, and Chromium's
    /// printing service, by printing one line; the tab is kept for the next call. For a command to run while it builds its
    /// report, or a web app at startup. (Reports only print: Word's pictures are drawn by Skia.)
    /// </summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) => PrintPdfAsync(WarmUpPage, PdfOptions.A4, cancellationToken);

    private const string WarmUpPage =
        "<!DOCTYPE html><html lang=\"en-GB\"><body style=\"font-family: Arial, sans-serif\"><p>Warm-up <b>bold</b> <i>italic</i>" +
        " <span style=\"font-family: 'Times New Roman', serif\">serif</span></p></body></html>";

    /// <summary>For tests: loads the page, then gives what its requests were refused.</summary>
    internal Task<IReadOnlyCollection<string>> LoadAndListBlockedAsync(string html, CancellationToken cancellationToken) =>
        WithPageAsync<IReadOnlyCollection<string>>(async page =>
        {
            await page.LoadAsync(html, cancellationToken).ConfigureAwait(false);
            return page.BlockedUrls.ToList();
        }, cancellationToken);

    /// <summary>Whether the browser answers a trivial command within a few seconds: after a timeout, tells hung from slow.</summary>
    internal async Task<bool> RespondsAsync()
    {
        if (!IsRunning) return false;
        try
        {
            await _connection.SendAsync("Browser.getVersion", null, null, "checking that Chromium responds", CancellationToken.None,
                TimeSpan.FromSeconds(10)).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is ChromiumException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>The flags every browser is started with, but for its DevTools port, profile and first page: for a peer started the same way.</summary>
    public static IReadOnlyList<string> BrowserFlags => ChromiumProcess.BrowserFlags;

    /// <summary>The number of tabs waiting for reuse, for tests.</summary>
    internal int IdlePages => _idlePages.Count;

    /// <summary>
    /// Kills the browser and its helpers, then deletes its temporary folder (profile and pages). Not
    /// Browser.close first: the profile is thrown away, so there is nothing for Chromium to save, and its orderly shutdown
    /// took 0.25-0.5 s that every command waited for after its file was written.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        ChromiumTrace.Mark("closing the browser");
        _connection.ExpectClose();
        // Idle tabs go with the browser; their files go with its folder.
        _idlePages.Clear();
        _connection.Fail(new ChromiumException("Chromium was closed (the HeadlessChromium was disposed)."));
        await _connection.DisposeAsync().ConfigureAwait(false);
        await _process.StopAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one job in a tab: an idle one if there is one, else a new one. After a job that succeeded the tab is reset and
    /// kept; after one that failed or was cancelled (its page may be hung or half loaded) it is closed.
    /// </summary>
    private async Task<T> WithPageAsync<T>(Func<ChromiumPage, Task<T>> job, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) == 1, this);
        ChromiumPage? page = null;
        while (page is null && _idlePages.TryDequeue(out var idle))
        {
            // A tab is queued as its reset begins: it is used once the reset is done. A caller who gives up while the reset
            // runs puts the tab back for the next.
            Exception? resetFailed = null;
            if (idle.IsUsable)
            {
                try
                {
                    resetFailed = await idle.ResetOutcomeAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    _idlePages.Enqueue(idle);
                    throw;
                }
                if (resetFailed is null && idle.IsUsable)
                {
                    page = idle;
                    break;
                }
            }
            // Closed in the background: closing a tab of a hung browser waits its own timeout.
            _ = idle.DisposeAsync().AsTask();
            // A browser that did not answer the reset in time is hung or far too busy: this job fails as one that timed out
            // itself would (SharedChromium then checks the browser), rather than wait as long again for a new tab.
            if (resetFailed is TimeoutException timedOut) throw new TimeoutException(timedOut.Message, timedOut);
        }
        page ??= await ChromiumPage.OpenAsync(_connection, _process.PagesFolder, _options.AllowPageScripts, cancellationToken)
            .ConfigureAwait(false);
        ChromiumTrace.Mark("a tab is ready");
        var keep = false;
        try
        {
            var result = await job(page).ConfigureAwait(false);
            keep = true;
            return result;
        }
        finally
        {
            await ReleaseAsync(page, keep).ConfigureAwait(false);
        }
    }

    private async Task ReleaseAsync(ChromiumPage page, bool keep)
    {
        if (!keep)
        {
            // In the background: the caller's error or cancellation should not wait on closing a tab that may be hung
            // (closing waits up to its own timeout). DisposeAsync catches what closing can throw.
            _ = page.DisposeAsync().AsTask();
            return;
        }
        if (page.IsUsable && Volatile.Read(ref _disposed) == 0 && _idlePages.Count < IdlePagesKept)
        {
            // Reset in the background (the caller has its result now); the next job to take the tab waits for it.
            page.BeginReset();
            _idlePages.Enqueue(page);
            return;
        }
        await page.DisposeAsync().ConfigureAwait(false);
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
