using Csp.Reporting.Chromium;

namespace Csp.Reporting.Tests.Chromium;

[Collection(ChromiumCollection.Name)]
public sealed class SharedChromiumTests
{
    private const string Figure = "<!DOCTYPE html><html><body><div id=\"f\" style=\"width:40px;height:30px;background:red\"></div></body></html>";

    [Fact]
    public async Task Starts_no_browser_until_first_used_then_keeps_the_one()
    {
        await using var shared = new SharedChromium(ChromiumFixture.Options);
        Assert.Null(shared.ProcessId);

        await shared.PrintPdfAsync("<p>one</p>", PdfOptions.A4, default);
        var first = shared.ProcessId;
        await shared.CaptureElementsAsync(Figure, ["f"], 1, default);

        Assert.NotNull(first);
        Assert.Equal(first, shared.ProcessId);
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
    public async Task Opens_no_more_pages_at_once_than_allowed_and_serves_every_request()
    {
        await using var shared = new SharedChromium(ChromiumFixture.Options, maxConcurrentPages: 2);

        var all = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => shared.CaptureElementsAsync(Figure, ["f"], 2, default)));

        Assert.All(all, images => Assert.Equal((80, 60), Support.PngPixels.Size(Assert.Single(images).Png)));
        Assert.InRange(shared.PeakConcurrentPages, 1, 2);
    }

    [Fact]
    public async Task Disposed_it_refuses_work()
    {
        var shared = new SharedChromium(ChromiumFixture.Options);
        await shared.PrintPdfAsync("<p>one</p>", PdfOptions.A4, default);

        await shared.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => shared.PrintPdfAsync("<p>two</p>", PdfOptions.A4, default));
    }
}
