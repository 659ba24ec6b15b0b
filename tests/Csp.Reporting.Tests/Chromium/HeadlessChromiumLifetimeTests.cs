using Csp.Chromium;

namespace Csp.Reporting.Tests.Chromium;

/// <summary>Starting, failing and stopping: each fact starts (and ends) a Chromium of its own.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class HeadlessChromiumLifetimeTests
{
    /// <summary>Busy for ever, so the page never loads: a call is sure to be under way. Needs scripts allowed.</summary>
    private const string NeverLoads = "<!DOCTYPE html><html><body><script>for (;;) {}</script></body></html>";

    private static readonly ChromiumOptions Scripting = ChromiumFixture.Options with { AllowPageScripts = true };

    [Fact]
    public async Task A_missing_executable_is_named_with_what_to_install()
    {
        var options = ChromiumFixture.Options with { ExecutablePath = "/opt/no-such-chromium/chrome" };

        var error = await Assert.ThrowsAsync<ChromiumException>(() => HeadlessChromium.StartAsync(options));

        Assert.Contains("/opt/no-such-chromium/chrome", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", error.Message, StringComparison.Ordinal);
        Assert.Contains("CSP_CHROMIUM", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_folder_left_by_a_killed_process_is_swept_and_one_in_use_or_new_is_kept()
    {
        var root = Directory.CreateTempSubdirectory("csp-sweep-").FullName;
        try
        {
            string Folder(string name, TimeSpan ago)
            {
                var path = Path.Combine(root, "csp-chromium-" + name);
                Directory.CreateDirectory(Path.Combine(path, "profile"));
                File.WriteAllText(Path.Combine(path, "profile", "page.html"), "<p>a report</p>");
                Directory.SetLastWriteTimeUtc(path, DateTime.UtcNow - ago);
                return path;
            }
            var left = Folder("left", TimeSpan.FromHours(2));
            var fresh = Folder("fresh", TimeSpan.FromMinutes(1));
            var used = Folder("used", TimeSpan.FromHours(2));
            var other = Path.Combine(root, "something-else");
            Directory.CreateDirectory(other);
            Directory.SetLastWriteTimeUtc(other, DateTime.UtcNow - TimeSpan.FromHours(2));
            // A live process naming the folder on its command line, as a browser names its --user-data-dir.
            // (sh keeps its arguments on its command line; "; true" keeps it from replacing itself with sleep.)
            using var user = System.Diagnostics.Process.Start("sh", ["-c", "sleep 30; true", "sh", "--user-data-dir=" + Path.Combine(used, "profile")]);
            try
            {
                Csp.Chromium.ChromiumProcess.SweepLeftovers(root, TimeSpan.FromMinutes(10));

                Assert.False(Directory.Exists(left), "an old folder no process uses is a leftover");
                Assert.True(Directory.Exists(fresh), "a new folder may be a browser starting");
                Assert.True(Directory.Exists(used), "a folder a live process names is in use");
                Assert.True(Directory.Exists(other), "only the browser's folders are swept");
            }
            finally
            {
                user.Kill();
                await user.WaitForExitAsync();
            }
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    [Fact]
    public async Task Disposing_leaves_no_chromium_process_and_no_profile()
    {
        var browser = await HeadlessChromium.StartAsync(ChromiumFixture.Options);
        var pid = browser.ProcessId;
        var folder = browser.Folder;
        await browser.PrintPdfAsync("<p>x</p>", PdfOptions.A4, default);
        Assert.True(IsAlive(pid));
        Assert.NotEmpty(ChromiumProcessesUsing(folder));

        await browser.DisposeAsync();

        Assert.False(IsAlive(pid), $"Chromium (pid {pid}) is still there");
        Assert.Empty(ChromiumProcessesUsing(folder));
        Assert.False(Directory.Exists(folder), $"{folder} was not deleted");
        Assert.False(browser.IsRunning);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => browser.PrintPdfAsync("<p>x</p>", PdfOptions.A4, default));
    }

    [Fact]
    public async Task When_chromium_dies_a_call_under_way_fails_at_once_saying_so()
    {
        await using var browser = await HeadlessChromium.StartAsync(Scripting);
        var printing = browser.PrintPdfAsync(NeverLoads, PdfOptions.A4, default);
        await Task.Delay(TimeSpan.FromSeconds(1));

        using (var process = System.Diagnostics.Process.GetProcessById(browser.ProcessId)) process.Kill();

        // Within the three-minute operation timeout of the options, or this would be a TimeoutException.
        var error = await Assert.ThrowsAsync<ChromiumException>(() => printing);
        Assert.Contains("exited unexpectedly", error.Message, StringComparison.Ordinal);
        Assert.Contains(browser.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);
        Assert.False(browser.IsRunning);
    }

    [Fact]
    public async Task A_page_that_never_loads_times_out_saying_what_was_awaited_and_the_browser_carries_on()
    {
        await using var browser = await HeadlessChromium.StartAsync(Scripting with { OperationTimeout = TimeSpan.FromSeconds(3) });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => browser.PrintPdfAsync(NeverLoads, PdfOptions.A4, default));

        Assert.Contains("load", error.Message, StringComparison.Ordinal);
        Assert.True(browser.IsRunning);
        Assert.NotEmpty(await browser.PrintPdfAsync("<p>next</p>", PdfOptions.A4, default));
    }

    [Fact]
    public async Task A_tab_is_kept_for_the_next_call_after_success_and_closed_after_failure()
    {
        await using var browser = await HeadlessChromium.StartAsync(ChromiumFixture.Options);
        const string figure = "<div id=\"f\" style=\"width:20px;height:20px;background:red\"></div>";
        // A print laid out at the capture's 1280-pixel viewport would show this; on A4 paper (about 700 pixels) it is hidden.
        const string page = "<style>.wide { display: none } @media (min-width: 1000px) { .wide { display: block } }</style><p>A4</p><p class=\"wide\">viewport</p>";

        await browser.CaptureElementsAsync(figure, ["f"], 2, default);
        Assert.Equal(1, browser.IdlePages);
        var pdf = await browser.PrintPdfAsync(page, PdfOptions.A4, default);
        Assert.Equal(1, browser.IdlePages);
        // The print laid its page out for print media; the tab it leaves draws for the screen again.
        var onScreen = (await browser.CaptureElementsAsync("<style>@media print { #f { background: blue !important } }</style>" + figure, ["f"], 2, default)).Single();
        Assert.Equal(((byte)255, (byte)0, (byte)0), Support.PngPixels.Decode(onScreen.Png)[20, 20]);
        Assert.Equal(1, browser.IdlePages);
        await Assert.ThrowsAsync<ChromiumException>(() => browser.CaptureElementsAsync(figure, ["missing"], 2, default));
        Assert.Equal(0, browser.IdlePages);

        using var file = Support.PdfFile.Write(pdf);
        var text = string.Concat(await file.PageTextsAsync());
        Assert.Contains("A4", text, StringComparison.Ordinal);
        Assert.DoesNotContain("viewport", text, StringComparison.Ordinal);
    }

    private static bool IsAlive(int pid)
    {
        // A zombie keeps its /proc entry until reaped; the state letter tells it apart.
        var status = $"/proc/{pid}/status";
        if (!File.Exists(status)) return false;
        try
        {
            return !File.ReadLines(status).Any(l => l.StartsWith("State:", StringComparison.Ordinal) && l.Contains('Z', StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static IReadOnlyList<int> ChromiumProcessesUsing(string folder) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0)
            .Where(pid => pid > 0)
            .Where(pid =>
            {
                try { return File.ReadAllText($"/proc/{pid}/cmdline").Contains(folder, StringComparison.Ordinal); }
                catch (IOException) { return false; }
                catch (UnauthorizedAccessException) { return false; }
            })
            .ToList();
}
