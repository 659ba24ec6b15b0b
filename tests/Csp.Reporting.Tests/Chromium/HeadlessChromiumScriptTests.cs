using Csp.Chromium;
using Csp.Reporting.Tests.Support;

namespace Csp.Reporting.Tests.Chromium;

/// <summary>A browser whose pages may run their scripts: a page that tries to call out with them still cannot, and a script
/// that never ends is stopped by cancelling.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class HeadlessChromiumScriptTests(HeadlessChromiumScriptTests.ScriptingChromium chromium)
    : IClassFixture<HeadlessChromiumScriptTests.ScriptingChromium>
{
    [Fact]
    public async Task With_scripts_allowed_a_page_still_cannot_reach_the_network()
    {
        using var server = new LocalServer();
        var html = $$"""
            <!DOCTYPE html><html><head><script src="{{server.Url}}/script.js"></script></head><body>
            <p id="result">scripts did not run</p>
            <script>
              document.getElementById('result').textContent = 'scripts ran';
              fetch('http://example.com/').catch(() => {});
              fetch('{{server.Url}}/fetch').catch(() => {});
              navigator.sendBeacon('{{server.Url}}/beacon', 'x');
              new WebSocket('ws://127.0.0.1:{{server.Port}}/socket');
              // Hold the page open a moment, so that a connection would have time to be made.
              const start = Date.now(); while (Date.now() - start < 500) {}
            </script></body></html>
            """;

        var blocked = await chromium.Browser.LoadAndListBlockedAsync(html, default);
        var pdf = await chromium.Browser.PrintPdfAsync(html, PdfOptions.A4, default);

        using var file = PdfFile.Write(pdf);
        Assert.Contains("scripts ran", string.Concat(await file.PageTextsAsync()), StringComparison.Ordinal);
        Assert.Contains($"{server.Url}/script.js", blocked);
        Assert.Contains("http://example.com/", blocked);
        Assert.False(await server.WasCalledAsync(), "a page connected to a server on this machine");
    }

    [Fact]
    public async Task A_cancelled_call_stops_at_once_and_the_browser_carries_on()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(1));

        // Busy for ever, so the page never loads: the call is sure to be under way when it is cancelled.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            chromium.Browser.PrintPdfAsync("<script>for (;;) {}</script>", PdfOptions.A4, cancel.Token));

        Assert.True(chromium.Browser.IsRunning);
        Assert.NotEmpty(await chromium.Browser.PrintPdfAsync("<p>next</p>", PdfOptions.A4, default));
    }

    public sealed class ScriptingChromium : IAsyncLifetime
    {
        private HeadlessChromium? _browser;

        public HeadlessChromium Browser => _browser ?? throw new InvalidOperationException("Not started.");

        public async Task InitializeAsync() =>
            _browser = await HeadlessChromium.StartAsync(ChromiumFixture.Options with { AllowPageScripts = true });

        public async Task DisposeAsync()
        {
            if (_browser is not null) await _browser.DisposeAsync();
        }
    }
}
