using Csp.Chromium;

namespace Csp.Reporting.Tests.Chromium;

[Collection(ChromiumCollection.Name)]
public sealed class SharedChromiumTests
{
    private const string Figure = "<!DOCTYPE html><html><body><div id=\"f\" style=\"width:40px;height:30px;background:red\"></div></body></html>";

    [Fact]
    public async Task Starts_no_browser_until_first_used_keeps_the_one_and_once_disposed_refuses_work()
    {
        var shared = new SharedChromium(ChromiumFixture.Options);
        Assert.Null(shared.ProcessId);

        await shared.PrintPdfAsync("<p>one</p>", PdfOptions.A4, default);
        var first = shared.ProcessId;
        await shared.CaptureElementsAsync(Figure, ["f"], 1, default);
        Assert.NotNull(first);
        Assert.Equal(first, shared.ProcessId);

        await shared.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => shared.PrintPdfAsync("<p>two</p>", PdfOptions.A4, default));
        Assert.False(File.Exists($"/proc/{first}/cmdline") && File.ReadAllText($"/proc/{first}/cmdline").Length > 0, "the browser is still there");
    }

    [Fact]
    public async Task Starts_a_new_browser_when_the_old_one_has_died()
    {
        await using var shared = new SharedChromium(ChromiumFixture.Options);
        await shared.PrintPdfAsync("<p>one</p>", PdfOptions.A4, default);
        var first = shared.ProcessId!.Value;
        using (var process = System.Diagnostics.Process.GetProcessById(first))
        {
            process.Kill();
            await process.WaitForExitAsync();
        }

        var pdf = await shared.PrintPdfAsync("<p>two</p>", PdfOptions.A4, default);

        Assert.NotEmpty(pdf);
        Assert.NotEqual(first, shared.ProcessId);
    }

    [Fact]
    public async Task Starts_a_new_browser_when_the_old_one_has_hung()
    {
        // Long enough for a healthy command on a busy machine, short enough for the test.
        await using var shared = new SharedChromium(ChromiumFixture.Options with { OperationTimeout = TimeSpan.FromSeconds(10) });
        await shared.PrintPdfAsync("<p>one</p>", PdfOptions.A4, default);
        var first = shared.ProcessId!.Value;
        using (var stop = System.Diagnostics.Process.Start("kill", ["-STOP", first.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await stop.WaitForExitAsync();
        }

        await Assert.ThrowsAsync<TimeoutException>(() => shared.PrintPdfAsync("<p>two</p>", PdfOptions.A4, default));
        var pdf = await shared.PrintPdfAsync("<p>three</p>", PdfOptions.A4, default);

        Assert.NotEmpty(pdf);
        Assert.NotEqual(first, shared.ProcessId);
        Assert.False(File.Exists($"/proc/{first}/status") && !File.ReadAllText($"/proc/{first}/status").Contains("zombie", StringComparison.Ordinal),
            "the hung browser is still there");
    }

    [Fact]
    public async Task Opens_no_more_pages_at_once_than_allowed_and_serves_every_request()
    {
        await using var shared = new SharedChromium(ChromiumFixture.Options, maxConcurrentPages: 2);

        var all = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => shared.CaptureElementsAsync(Figure, ["f"], 2, default)));

        Assert.All(all, images => Assert.Equal((80, 60), Support.PngPixels.Size(Assert.Single(images).Png)));
        Assert.InRange(shared.PeakConcurrentPages, 1, 2);
    }
}
