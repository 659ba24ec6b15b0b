using Csp.Chromium;
using Microsoft.Playwright;

namespace Csp.Benchmarks.Reporting;

/// <summary>
/// The peer of <see cref="HeadlessChromium"/> for the architecture issue's question "keep the hand-written DevTools client
/// or print with Playwright?": the same Debian Chromium, the same HTML, paper, margins, header and footer, driven by
/// Microsoft.Playwright (its Node driver is a child process; the browser another).
/// </summary>
internal sealed class PlaywrightPrinter : IAsyncDisposable
{
    private const string Style =
        "width:100%; margin:0 12mm; font-family:Arial,'Liberation Sans',sans-serif; font-size:8pt; color:#333; text-align:center;";

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private PlaywrightPrinter(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    public static async Task<PlaywrightPrinter> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CSP_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
        return new PlaywrightPrinter(playwright, browser);
    }

    public async Task<byte[]> PrintPdfAsync(string html, PdfOptions options)
    {
        var page = await _browser.NewPageAsync();
        try
        {
            await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
            await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
            await page.EvaluateAsync("document.fonts.ready.then(() => document.fonts.status)");
            if (options.Title is not null) await page.EvaluateAsync("t => document.title = t", options.Title);
            return await page.PdfAsync(new PagePdfOptions
            {
                Width = $"{options.PaperWidthMm}mm",
                Height = $"{options.PaperHeightMm}mm",
                Landscape = options.Landscape,
                PrintBackground = true,
                PreferCSSPageSize = options.PreferCssPageSize,
                Margin = new Margin
                {
                    Top = $"{options.MarginTopMm}mm", Bottom = $"{options.MarginBottomMm}mm",
                    Left = $"{options.MarginLeftMm}mm", Right = $"{options.MarginRightMm}mm",
                },
                DisplayHeaderFooter = options.Header is not null || options.Footer is not null,
                HeaderTemplate = options.Header is null ? "<span></span>" : $"<div style=\"{Style}\">{System.Net.WebUtility.HtmlEncode(options.Header)}</div>",
                FooterTemplate = "<span></span>",
                Tagged = true,
                Outline = true,
            });
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
