using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Csp.Chromium;

/// <summary>
/// One tab in a browser context of its own (like a private window: no cookies or storage shared with other tabs), used
/// for one print or capture at a time and then either reset for the next (see <see cref="ResetAsync"/>) or closed. The
/// HTML is written to a file and opened by its file:// URL rather than sent over the socket: a report of several megabytes
/// then loads like any document, with the ordinary load event.
/// </summary>
internal sealed class ChromiumPage : IAsyncDisposable
{
    private readonly DevToolsConnection _connection;
    private readonly string _contextId;
    private readonly DevToolsSession _session;
    private bool _printMedia;
    private readonly string _pagesFolder;
    private string? _file;
    private bool _viewportSet;

    private ChromiumPage(DevToolsConnection connection, string contextId, DevToolsSession session, string pagesFolder)
    {
        _connection = connection;
        _contextId = contextId;
        _session = session;
        _pagesFolder = pagesFolder;
    }

    /// <summary>The viewport height a capture starts with, in CSS pixels; made taller when a figure is taller.</summary>
    public const int CaptureViewportHeight = 800;

    /// <summary>The requests of the page last loaded that were refused.</summary>
    public IReadOnlyCollection<string> BlockedUrls => _session.BlockedUrls;

    /// <summary>False once the tab has crashed or closed, or the browser has gone.</summary>
    public bool IsUsable => !_session.IsClosed && _connection.IsOpen;

    public static async Task<ChromiumPage> OpenAsync(DevToolsConnection connection, string pagesFolder, bool allowScripts,
        CancellationToken cancellationToken)
    {
        const string doing = "opening a tab";
        var context = await connection.SendAsync("Target.createBrowserContext", new JsonObject { ["disposeOnDetach"] = true },
            null, doing, cancellationToken).ConfigureAwait(false);
        var contextId = context.GetProperty("browserContextId").GetString()!;
        ChromiumPage? page = null;
        try
        {
            var target = await connection.SendAsync("Target.createTarget",
                new JsonObject { ["url"] = "about:blank", ["browserContextId"] = contextId }, null, doing, cancellationToken).ConfigureAwait(false);
            var targetId = target.GetProperty("targetId").GetString()!;
            var attached = await connection.SendAsync("Target.attachToTarget",
                new JsonObject { ["targetId"] = targetId, ["flatten"] = true }, null, doing, cancellationToken).ConfigureAwait(false);
            var session = new DevToolsSession(connection, attached.GetProperty("sessionId").GetString()!);
            connection.Attach(session);
            page = new ChromiumPage(connection, contextId, session, pagesFolder);
            // Commands of one session run in order, so these go out together and cost one round trip.
            await Task.WhenAll(
                session.SendAsync("Page.enable", null, doing, cancellationToken),
                session.SendAsync("Page.setLifecycleEventsEnabled", new JsonObject { ["enabled"] = true }, doing, cancellationToken),
                session.SendAsync("Fetch.enable", new JsonObject { ["patterns"] = new JsonArray(new JsonObject { ["urlPattern"] = "*" }) },
                    doing, cancellationToken),
                // DevTools' own Runtime.evaluate (fonts, measuring) still runs when the page's scripts do not.
                session.SendAsync("Emulation.setScriptExecutionDisabled", new JsonObject { ["value"] = !allowScripts }, doing,
                    cancellationToken)).ConfigureAwait(false);
            return page;
        }
        catch
        {
            // Closing the context closes a tab made in it, attached or not.
            if (page is not null) await page.DisposeAsync().ConfigureAwait(false);
            else await CloseContextAsync(connection, contextId).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Opens the HTML and waits for its load event and its fonts.</summary>
    public async Task LoadAsync(string html, CancellationToken cancellationToken)
    {
        DeleteFile();
        // A new name for every page, so that no navigation is mistaken for a reload of the one before.
        _file = Path.Combine(_pagesFolder, Guid.NewGuid().ToString("N") + ".html");
        // With a byte order mark Chromium reads the file as UTF-8 even when the HTML does not say <meta charset="utf-8">.
        await File.WriteAllTextAsync(_file, html, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), cancellationToken)
            .ConfigureAwait(false);
        ChromiumTrace.Mark("the page is written");
        var url = new Uri(_file).AbsoluteUri;
        _session.AllowOnly(url);
        const string doing = "loading the report page";
        var navigation = await _session.SendAsync("Page.navigate", new JsonObject { ["url"] = url }, doing, cancellationToken)
            .ConfigureAwait(false);
        if (navigation.TryGetProperty("errorText", out var error) && error.GetString() is { Length: > 0 } errorText)
        {
            throw new ChromiumException($"Chromium could not open the report page ({url}): {errorText}.");
        }
        ChromiumTrace.Mark("Page.navigate answered");
        await _session.WaitForLoadAsync(navigation.GetProperty("loaderId").GetString()!, doing, cancellationToken).ConfigureAwait(false);
        ChromiumTrace.Mark("the page's load event");
        // Web fonts (data: URIs in a report) may still be decoding after the load event; text measured or printed before
        // they are ready would use a fallback font and wrap differently.
        await EvaluateAsync("document.fonts.ready.then(() => document.fonts.status)", "waiting for the page's fonts", cancellationToken)
            .ConfigureAwait(false);
        ChromiumTrace.Mark("its fonts are ready");
    }

    /// <summary>
    /// Lays the page out for print from the start (before <see cref="LoadAsync"/>): printing then finds the styles already
    /// computed for print media instead of recomputing a screen layout, about 0.2 s of a 30-page report.
    /// </summary>
    public Task EmulatePrintMediaAsync(CancellationToken cancellationToken)
    {
        _printMedia = true;
        return _session.SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = "print" }, "laying the page out for print", cancellationToken);
    }

    public async Task<byte[]> PrintPdfAsync(PdfOptions options, CancellationToken cancellationToken)
    {
        if (options.Title is not null)
        {
            await EvaluateAsync("document.title = " + JsLiteral(options.Title), "setting the document title", cancellationToken)
                .ConfigureAwait(false);
        }
        const double mmPerInch = 25.4;
        var parameters = new JsonObject
        {
            ["landscape"] = options.Landscape,
            ["printBackground"] = true,
            ["preferCSSPageSize"] = options.PreferCssPageSize,
            ["paperWidth"] = options.PaperWidthMm / mmPerInch,
            ["paperHeight"] = options.PaperHeightMm / mmPerInch,
            ["marginTop"] = options.MarginTopMm / mmPerInch,
            ["marginBottom"] = options.MarginBottomMm / mmPerInch,
            ["marginLeft"] = options.MarginLeftMm / mmPerInch,
            ["marginRight"] = options.MarginRightMm / mmPerInch,
            ["displayHeaderFooter"] = options.Header is not null || options.Footer is not null,
            ["headerTemplate"] = PageTemplates.Header(options.Header),
            ["footerTemplate"] = PageTemplates.Footer(options.Footer),
            // Accessible PDF: structure tags from the HTML (headings, lists, tables, alt text) and bookmarks from the
            // headings. Chromium that predates them ignores parameters it does not know.
            ["generateTaggedPDF"] = true,
            ["generateDocumentOutline"] = true,
            // A stream read in chunks, not one base64 message the size of the whole PDF.
            ["transferMode"] = "ReturnAsStream",
        };
        var printed = await _session.SendAsync("Page.printToPDF", parameters, "printing the PDF", cancellationToken).ConfigureAwait(false);
        ChromiumTrace.Mark("Page.printToPDF answered");
        return await ReadStreamAsync(printed.GetProperty("stream").GetString()!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Sets the viewport for a capture; before <see cref="LoadAsync"/>, so the page is laid out at that width.</summary>
    public Task SetViewportAsync(int width, int height, double deviceScaleFactor, CancellationToken cancellationToken)
    {
        _viewportSet = true;
        return Task.WhenAll(
            _session.SendAsync("Emulation.setDeviceMetricsOverride", new JsonObject
            {
                ["width"] = width,
                ["height"] = height,
                ["deviceScaleFactor"] = deviceScaleFactor,
                ["mobile"] = false,
            }, "setting the viewport", cancellationToken),
            // A page without a background colour is transparent; a figure pasted into Word should sit on white.
            _session.SendAsync("Emulation.setDefaultBackgroundColorOverride", new JsonObject
            {
                ["color"] = new JsonObject { ["r"] = 255, ["g"] = 255, ["b"] = 255, ["a"] = 1 },
            }, "setting the viewport", cancellationToken));
    }

    /// <summary>
    /// Draws each element as a PNG. The page is scrolled to bring each one into the viewport (which is made tall enough for
    /// the tallest) and the clip is taken there: drawing beyond the viewport would have Chromium enlarge it to the whole
    /// document, tens of thousands of pixels high at 2x, for every picture.
    /// </summary>
    public async Task<IReadOnlyList<CapturedImage>> CaptureAsync(IReadOnlyList<string> elementIds, int viewportWidth, double deviceScaleFactor,
        CancellationToken cancellationToken)
    {
        var boxes = await MeasureAsync(elementIds, cancellationToken).ConfigureAwait(false);
        var width = Math.Max(viewportWidth, boxes.Max(b => b.Right));
        var height = Math.Max(CaptureViewportHeight, boxes.Max(b => b.Height));
        if (width != viewportWidth || height != CaptureViewportHeight)
        {
            await SetViewportAsync(width, height, deviceScaleFactor, cancellationToken).ConfigureAwait(false);
            boxes = await MeasureAsync(elementIds, cancellationToken).ConfigureAwait(false);
        }

        var images = new List<CapturedImage>(elementIds.Count);
        foreach (var box in boxes)
        {
            var doing = $"drawing element '{box.Id}'";
            await EvaluateAsync(string.Create(CultureInfo.InvariantCulture, $"window.scrollTo(0, {box.Top})"), doing, cancellationToken)
                .ConfigureAwait(false);
            var shot = await _session.SendAsync("Page.captureScreenshot", new JsonObject
            {
                ["format"] = "png",
                ["clip"] = new JsonObject { ["x"] = box.Left, ["y"] = box.Top, ["width"] = box.Width, ["height"] = box.Height, ["scale"] = 1 },
                ["captureBeyondViewport"] = false,
                // Chromium's faster PNG compression: about half the CPU of a picture at 2x, for files a fifth larger.
                ["optimizeForSpeed"] = true,
            }, doing, cancellationToken).ConfigureAwait(false);
            images.Add(new CapturedImage(Convert.FromBase64String(shot.GetProperty("data").GetString()!), box.Width, box.Height));
        }
        return images;
    }

    /// <summary>Draws the top-left <paramref name="width"/> by <paramref name="height"/> CSS pixels of the page (the viewport set for it) as a PNG.</summary>
    public async Task<CapturedImage> CaptureViewportAsync(int width, int height, CancellationToken cancellationToken)
    {
        var shot = await _session.SendAsync("Page.captureScreenshot", new JsonObject
        {
            ["format"] = "png",
            ["clip"] = new JsonObject { ["x"] = 0, ["y"] = 0, ["width"] = width, ["height"] = height, ["scale"] = 1 },
            ["captureBeyondViewport"] = false,
        }, "drawing the page", cancellationToken).ConfigureAwait(false);
        return new CapturedImage(Convert.FromBase64String(shot.GetProperty("data").GetString()!), width, height);
    }

    private Task<Exception?> _reset = Task.FromResult<Exception?>(null);

    /// <summary>
    /// Starts <see cref="ResetAsync"/> without waiting for it, so the caller of the job just done has its result at once
    /// (unloading a 43-page report took 0.2 s that every print waited for); the next job to take the tab waits for it
    /// (<see cref="ResetOutcomeAsync"/>).
    /// </summary>
    public void BeginReset() => _reset = ResetQuietlyAsync();

    /// <summary>Null when the reset begun by <see cref="BeginReset"/> succeeded, else what it failed with (the tab is then closed, not used).</summary>
    public Task<Exception?> ResetOutcomeAsync() => _reset;

    private async Task<Exception?> ResetQuietlyAsync()
    {
        try
        {
            await ResetAsync(CancellationToken.None).ConfigureAwait(false);
            ChromiumTrace.Mark("the tab is reset for reuse");
            return null;
        }
        catch (Exception e) when (e is ChromiumException or TimeoutException or ObjectDisposedException)
        {
            return e;
        }
    }

    /// <summary>
    /// Makes the tab ready for the next job after one that succeeded: the report is unloaded (about:blank, so an idle tab
    /// does not hold its memory), its file deleted, and a capture's viewport forgotten so that it cannot shape a print.
    /// </summary>
    public async Task ResetAsync(CancellationToken cancellationToken)
    {
        const string doing = "resetting a tab for reuse";
        var clearing = _viewportSet
            ? _session.SendAsync("Emulation.clearDeviceMetricsOverride", null, doing, cancellationToken)
            : Task.CompletedTask;
        var screen = _printMedia
            ? _session.SendAsync("Emulation.setEmulatedMedia", new JsonObject { ["media"] = "" }, doing, cancellationToken)
            : Task.CompletedTask;
        _viewportSet = false;
        _printMedia = false;
        await Task.WhenAll(clearing, screen, _session.SendAsync("Page.navigate", new JsonObject { ["url"] = "about:blank" }, doing, cancellationToken))
            .ConfigureAwait(false);
        DeleteFile();
    }

    /// <summary>Closes the tab by closing its browser context (which closes every tab in it), and deletes its file.</summary>
    public async ValueTask DisposeAsync()
    {
        _connection.Detach(_session.Id);
        await CloseContextAsync(_connection, _contextId).ConfigureAwait(false);
        DeleteFile();
    }

    private static async Task CloseContextAsync(DevToolsConnection connection, string contextId)
    {
        if (!connection.IsOpen) return;
        try
        {
            await connection.SendAsync("Target.disposeBrowserContext", new JsonObject { ["browserContextId"] = contextId }, null,
                "closing a tab", CancellationToken.None, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ChromiumException or TimeoutException)
        {
            // The browser is going, gone or hung; disposing it cleans up.
        }
    }

    private void DeleteFile()
    {
        if (_file is null) return;
        try
        {
            File.Delete(_file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
        _file = null;
    }

    /// <summary>Each element's box in whole CSS pixels of the document (not the viewport), in the order asked.</summary>
    private async Task<IReadOnlyList<ElementBox>> MeasureAsync(IReadOnlyList<string> elementIds, CancellationToken cancellationToken)
    {
        var ids = new JsonArray(elementIds.Select(id => (JsonNode?)JsonValue.Create(id)).ToArray()).ToJsonString();
        var script = $$"""
            {{ids}}.map(id => {
              const element = document.getElementById(id);
              if (!element) return null;
              const r = element.getBoundingClientRect();
              return [r.left + window.scrollX, r.top + window.scrollY, r.width, r.height];
            })
            """;
        var result = await EvaluateAsync(script, "measuring the elements to draw", cancellationToken).ConfigureAwait(false);
        var boxes = new List<ElementBox>(elementIds.Count);
        var missing = new List<string>();
        var empty = new List<string>();
        var i = 0;
        foreach (var item in result.EnumerateArray())
        {
            var id = elementIds[i++];
            if (item.ValueKind != JsonValueKind.Array)
            {
                missing.Add(id);
                continue;
            }
            // Rounded to whole CSS pixels so that the picture is exactly its size times the scale; a figure's edge that
            // falls on half a pixel loses or gains that half.
            var box = new ElementBox(id,
                (int)Math.Round(item[0].GetDouble()), (int)Math.Round(item[1].GetDouble()),
                (int)Math.Round(item[2].GetDouble()), (int)Math.Round(item[3].GetDouble()));
            if (box.Width <= 0 || box.Height <= 0) empty.Add(id);
            boxes.Add(box);
        }
        if (missing.Count > 0)
        {
            throw new ChromiumException($"The page has no element with id {string.Join(", ", missing.Select(m => $"'{m}'"))} to draw.");
        }
        if (empty.Count > 0)
        {
            throw new ChromiumException(
                $"Element {string.Join(", ", empty.Select(m => $"'{m}'"))} has no size on the page (hidden, or empty), so cannot be drawn.");
        }
        return boxes;
    }

    private async Task<JsonElement> EvaluateAsync(string expression, string doing, CancellationToken cancellationToken)
    {
        var evaluated = await _session.SendAsync("Runtime.evaluate", new JsonObject
        {
            ["expression"] = expression,
            ["awaitPromise"] = true,
            ["returnByValue"] = true,
        }, doing, cancellationToken).ConfigureAwait(false);
        if (evaluated.TryGetProperty("exceptionDetails", out var exception))
        {
            var text = exception.TryGetProperty("exception", out var e) && e.TryGetProperty("description", out var d)
                ? d.GetString()
                : exception.GetProperty("text").GetString();
            throw new ChromiumException($"While {doing}: the page's script failed: {text}");
        }
        return evaluated.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    private async Task<byte[]> ReadStreamAsync(string handle, CancellationToken cancellationToken)
    {
        const string doing = "reading the printed PDF";
        using var pdf = new MemoryStream();
        try
        {
            while (true)
            {
                var chunk = await _session.SendAsync("IO.read", new JsonObject { ["handle"] = handle, ["size"] = 1 << 20 }, doing,
                    cancellationToken).ConfigureAwait(false);
                var data = chunk.GetProperty("data").GetString() ?? "";
                var bytes = chunk.TryGetProperty("base64Encoded", out var encoded) && encoded.GetBoolean()
                    ? Convert.FromBase64String(data)
                    : Encoding.Latin1.GetBytes(data);
                pdf.Write(bytes);
                if (chunk.GetProperty("eof").GetBoolean()) break;
            }
        }
        finally
        {
            if (_connection.IsOpen)
            {
                try
                {
                    await _session.SendAsync("IO.close", new JsonObject { ["handle"] = handle }, doing, CancellationToken.None)
                        .ConfigureAwait(false);
                }
                catch (Exception e) when (e is ChromiumException or TimeoutException)
                {
                    // The tab is closed next, which releases the stream as well.
                }
            }
        }
        ChromiumTrace.Mark(string.Create(CultureInfo.InvariantCulture, $"the PDF read ({pdf.Length:N0} bytes)"));
        return pdf.ToArray();
    }

    private static string JsLiteral(string text) => JsonValue.Create(text).ToJsonString();

    private readonly record struct ElementBox(string Id, int Left, int Top, int Width, int Height)
    {
        public int Right => Left + Width;
    }
}
