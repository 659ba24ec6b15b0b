using System.Diagnostics;
using System.Globalization;
using Csp.Chromium;
using Csp.Reporting.Rendering;
using Csp.Reporting.Tests.Support;

namespace Csp.Benchmarks.Reporting;

/// <summary>
/// Wall-clock timings of the real browser (BenchmarkDotNet's many iterations would take an hour): cold starts, printing the
/// forty-page report, drawing its thirty figures at 2x, and a CLI command's whole run (start, print, close). Each is run
/// several times after a warm-up and reported as the fastest and the median, since the machine is shared.
/// </summary>
internal static class ChromiumTimings
{
    public static async Task RunAsync(int runs, bool printersOnly = false)
    {
        var inv = CultureInfo.InvariantCulture;
        var html = LongReportHtml.Build();
        var options = new PdfOptions { Header = "Part 1 - Public", Title = "Strategic Assessment 2025" };
        Console.WriteLine(string.Create(inv, $"report: {html.Length / 1024.0 / 1024.0:F1} MB of HTML, {LongReportHtml.Sections} figures; {Environment.ProcessorCount} cores"));

        var starts = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await using var cold = await HeadlessChromium.StartAsync();
            starts.Add(stopwatch.Elapsed.TotalSeconds);
            if (i == 0) Console.WriteLine($"browser: {cold.Version}");
        }
        Report("cold start (process to DevTools connection)", starts);

        // Ours and the peer (Playwright for .NET driving the same browser) take turns in every run, so a shared machine's
        // load falls on both alike; one warm-up of each first.
        await using (var warmUp = await PlaywrightPrinter.StartAsync()) await warmUp.PrintPdfAsync(html, options);
        var commands = new List<double>();
        var firstPrints = new List<double>();
        var closes = new List<double>();
        var playwrightCommands = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var browser = await HeadlessChromium.StartAsync();
            var started = stopwatch.Elapsed.TotalSeconds;
            await browser.PrintPdfAsync(html, options, CancellationToken.None);
            var printed = stopwatch.Elapsed.TotalSeconds;
            await browser.DisposeAsync();
            commands.Add(stopwatch.Elapsed.TotalSeconds);
            firstPrints.Add(printed - started);
            closes.Add(stopwatch.Elapsed.TotalSeconds - printed);

            stopwatch.Restart();
            await using (var printer = await PlaywrightPrinter.StartAsync()) await printer.PrintPdfAsync(html, options);
            playwrightCommands.Add(stopwatch.Elapsed.TotalSeconds);
        }
        Report("CLI command: start, print the report, close", commands);
        Report("  of which the first print of a new browser", firstPrints);
        Report("  of which closing (Browser.close, exit, profile deleted)", closes);
        Report("  peer, in turn with ours: the same with Playwright for .NET (start, print, close)", playwrightCommands);

        var warmUps = new List<double>();
        var afterWarmUp = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            await using var browser = await HeadlessChromium.StartAsync();
            await browser.WarmUpAsync(CancellationToken.None);
            warmUps.Add(stopwatch.Elapsed.TotalSeconds);
            stopwatch.Restart();
            await browser.PrintPdfAsync(html, options, CancellationToken.None);
            afterWarmUp.Add(stopwatch.Elapsed.TotalSeconds);
        }
        Report("start and warm up (for a command to overlap with building its report)", warmUps);
        Report("  then the first print of the report", afterWarmUp);

        await using var warm = await HeadlessChromium.StartAsync();
        var figuresHtml = LongReportHtml.Build(figuresOnly: true);
        byte[] lastPdf = [];
        IReadOnlyList<CapturedImage> lastImages = [];
        await MeasureAsync(warm, runs, async () => lastPdf = await warm.PrintPdfAsync(html, options, CancellationToken.None),
            () => string.Create(inv, $"PDF of the report, warm browser ({CountPages(lastPdf)} pages, {lastPdf.Length / 1024.0 / 1024.0:F1} MB)"));
        await using (var playwright = await PlaywrightPrinter.StartAsync())
        {
            await playwright.PrintPdfAsync(html, options);
            var ours = new List<double>();
            var peer = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                var stopwatch = Stopwatch.StartNew();
                await warm.PrintPdfAsync(html, options, CancellationToken.None);
                ours.Add(stopwatch.Elapsed.TotalSeconds);
                stopwatch.Restart();
                await playwright.PrintPdfAsync(html, options);
                peer.Add(stopwatch.Elapsed.TotalSeconds);
            }
            Report("PDF of the report, warm browser, in turn with the peer", ours);
            Report("  peer: PDF of the report, warm Playwright browser", peer);
        }
        if (printersOnly) return;
        await MeasureAsync(warm, runs, async () => lastImages = await warm.CaptureElementsAsync(html, LongReportHtml.FigureIds, 2, CancellationToken.None),
            () => string.Create(inv, $"{LongReportHtml.Sections} figures at 2x from the whole report, warm browser ({lastImages.Sum(i => (long)i.Png.Length) / 1024.0 / 1024.0:F1} MB of PNG)"));
        await MeasureAsync(warm, runs, async () => lastImages = await warm.CaptureElementsAsync(figuresHtml, LongReportHtml.FigureIds, 2, CancellationToken.None),
            () => $"{LongReportHtml.Sections} figures at 2x from a page of the figures only, warm browser");
        var halves = LongReportHtml.FigureIds.Chunk((LongReportHtml.FigureIds.Count + 1) / 2).ToList();
        await MeasureAsync(warm, runs, () => Task.WhenAll(halves.Select(ids => warm.CaptureElementsAsync(figuresHtml, ids, 2, CancellationToken.None))),
            () => $"{LongReportHtml.Sections} figures at 2x from a page of the figures only, in two tabs at once, warm browser");
        await MeasureAsync(warm, runs, () => Task.WhenAll(
                warm.PrintPdfAsync(html, options, CancellationToken.None),
                warm.CaptureElementsAsync(figuresHtml, LongReportHtml.FigureIds, 2, CancellationToken.None)),
            () => "PDF and figures at once, warm browser");
    }

    /// <summary>One warm-up, then <paramref name="runs"/> timed runs: wall clock, and CPU of the browser tree plus ours.</summary>
    private static async Task MeasureAsync(HeadlessChromium browser, int runs, Func<Task> work, Func<string> what)
    {
        await work();
        var wall = new List<double>();
        var cpu = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var cpuBefore = ProcessTreeCpu.Seconds(browser.ProcessId) + ProcessTreeCpu.Own();
            var stopwatch = Stopwatch.StartNew();
            await work();
            wall.Add(stopwatch.Elapsed.TotalSeconds);
            cpu.Add(ProcessTreeCpu.Seconds(browser.ProcessId) + ProcessTreeCpu.Own() - cpuBefore);
        }
        Report(what(), wall, cpu);
    }

    private static void Report(string what, List<double> seconds, List<double>? cpu = null)
    {
        var sorted = seconds.Order().ToList();
        var cpuText = cpu is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; CPU {cpu.Order().ElementAt(cpu.Count / 2):F2} s (median)");
        var load = File.Exists("/proc/loadavg") ? " [load " + File.ReadAllText("/proc/loadavg").Split(' ')[0] + "]" : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: fastest {sorted[0]:F2} s, median {sorted[sorted.Count / 2]:F2} s over {sorted.Count} runs{cpuText}{load}"));
    }

    /// <summary>Counts "/Type /Page" objects (not /Pages): enough for Chromium's PDFs, which are not compressed object streams.</summary>
    private static int CountPages(byte[] pdf)
    {
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var count = 0;
        for (var i = text.IndexOf("/Type /Page", StringComparison.Ordinal); i >= 0; i = text.IndexOf("/Type /Page", i + 1, StringComparison.Ordinal))
        {
            if (i + 11 >= text.Length || text[i + 11] != 's') count++;
        }
        return count;
    }
}
