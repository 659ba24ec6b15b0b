
namespace Csp.Chromium;

/// <summary>
/// The Chromium of a long-running host (the web app, as a singleton): started on first use (or by
/// <see cref="WarmUpAsync"/>), reused by every request, started again when it has died (one request that was under way
/// when it died is retried once on the new browser) or hung (a request timed out and the browser then failed to answer a
/// trivial command), and at most <c>maxConcurrentPages</c> tabs at a time, the rest waiting their turn. Disposing closes
/// the browser.
/// </summary>
public sealed class SharedChromium : IChromium, IAsyncDisposable
{
    private readonly ChromiumOptions _options;
    private readonly SemaphoreSlim _pages;
    private readonly SemaphoreSlim _starting = new(1, 1);
    private HeadlessChromium? _browser;
    private int _inUse;
    private int _peakInUse;
    private bool _disposed;

    public SharedChromium(ChromiumOptions? options = null, int maxConcurrentPages = 4)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxConcurrentPages);
        _options = options ?? new ChromiumOptions();
        _pages = new SemaphoreSlim(maxConcurrentPages, maxConcurrentPages);
    }

    /// <summary>The current browser's process id; null before first use.</summary>
    public int? ProcessId => Volatile.Read(ref _browser)?.ProcessId;

    /// <summary>The most tabs that have been open at once, for tests of the limit.</summary>
    internal int PeakConcurrentPages => Volatile.Read(ref _peakInUse);

    public Task<byte[]> PrintPdfAsync(string html, PdfOptions options, CancellationToken cancellationToken) =>
        RunAsync(browser => browser.PrintPdfAsync(html, options, cancellationToken), cancellationToken);

    public Task<IReadOnlyList<CapturedImage>> CaptureElementsAsync(string html, IReadOnlyList<string> elementIds, double deviceScaleFactor,
        CancellationToken cancellationToken) =>
        RunAsync(browser => browser.CaptureElementsAsync(html, elementIds, deviceScaleFactor, cancellationToken), cancellationToken);

    public Task<CapturedImage> CapturePageAsync(string html, int widthPx, int heightPx, double deviceScaleFactor, CancellationToken cancellationToken) =>
        RunAsync(browser => browser.CapturePageAsync(html, widthPx, heightPx, deviceScaleFactor, cancellationToken), cancellationToken);

    /// <summary>Starts the browser now rather than on first use, and warms it (see <see cref="HeadlessChromium.WarmUpAsync"/>).</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken) =>
        RunAsync(async browser =>
        {
            await browser.WarmUpAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _starting.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_disposed) return;
            _disposed = true;
            if (_browser is not null) await _browser.DisposeAsync().ConfigureAwait(false);
            _browser = null;
        }
        finally
        {
            _starting.Release();
        }
    }

    private async Task<T> RunAsync<T>(Func<HeadlessChromium, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        await _pages.WaitAsync(cancellationToken).ConfigureAwait(false);
        var inUse = Interlocked.Increment(ref _inUse);
        for (var peak = Volatile.Read(ref _peakInUse); inUse > peak; peak = Volatile.Read(ref _peakInUse))
        {
            Interlocked.CompareExchange(ref _peakInUse, inUse, peak);
        }
        try
        {
            var browser = await RunningBrowserAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await work(browser).ConfigureAwait(false);
            }
            catch (ChromiumException) when (!browser.IsRunning && !_disposed)
            {
                // The browser died under this request (a crash, or the system killed it for memory): once more on a new one.
                browser = await RunningBrowserAsync(cancellationToken).ConfigureAwait(false);
                return await work(browser).ConfigureAwait(false);
            }
            catch (TimeoutException) when (!_disposed)
            {
                // A page too big for the timeout leaves the browser well; a hung browser is replaced for the next request.
                if (!await browser.RespondsAsync().ConfigureAwait(false)) await RetireAsync(browser).ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inUse);
            _pages.Release();
        }
    }

    /// <summary>Kills a hung <paramref name="browser"/> if it is still the current one, so that the next request starts another.</summary>
    private async Task RetireAsync(HeadlessChromium browser)
    {
        await _starting.WaitAsync().ConfigureAwait(false);
        try
        {
            if (!ReferenceEquals(_browser, browser)) return;
            _browser = null;
        }
        finally
        {
            _starting.Release();
        }
        await browser.DisposeAsync().ConfigureAwait(false); // a hung browser is killed: disposing kills it
    }

    private async Task<HeadlessChromium> RunningBrowserAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _browser) is { IsRunning: true } running) return running;
        await _starting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_browser is { IsRunning: true } started) return started;
            // A dead browser is still disposed: that kills what it left behind and deletes its profile.
            if (_browser is not null) await _browser.DisposeAsync().ConfigureAwait(false);
            _browser = null;
            var browser = await HeadlessChromium.StartAsync(_options, cancellationToken).ConfigureAwait(false);
            Volatile.Write(ref _browser, browser);
            return browser;
        }
        finally
        {
            _starting.Release();
        }
    }
}
