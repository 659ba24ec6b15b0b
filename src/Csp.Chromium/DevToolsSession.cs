using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Csp.Chromium;

/// <summary>
/// A flat session with one tab: its commands, the load events it reports, and the network guard. With request
/// interception on (Fetch.enable for every URL), each request the tab makes waits here; the one page we opened is let
/// through and everything else is failed as blocked by the client, so a report can never call out (nor read other files).
/// Commands and waits fail at once when the tab crashes or is closed.
/// </summary>
internal sealed class DevToolsSession
{
    private readonly DevToolsConnection _connection;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _loads = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource<Exception> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _blocked = new();
    private volatile string? _allowedUrl;

    public DevToolsSession(DevToolsConnection connection, string id)
    {
        _connection = connection;
        Id = id;
    }

    public string Id { get; }

    /// <summary>The requests refused so far, for diagnostics and tests.</summary>
    public IReadOnlyCollection<string> BlockedUrls => _blocked;

    public TimeSpan Timeout => _connection.CommandTimeout;

    /// <summary>True once the tab has crashed, been closed, or lost its connection.</summary>
    public bool IsClosed => _closed.Task.IsCompleted;

    /// <summary>
    /// The one URL the tab may load (the page itself); every other request is refused. Starts a new list of
    /// <see cref="BlockedUrls"/>, for the page about to load.
    /// </summary>
    public void AllowOnly(string url)
    {
        _allowedUrl = url;
        _blocked.Clear();
        // Load events of earlier pages (the about:blank a reused tab was reset to) are of no more interest.
        _loads.Clear();
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string doing, CancellationToken cancellationToken,
        TimeSpan? timeout = null)
    {
        var sending = _connection.SendAsync(method, parameters, Id, doing, cancellationToken, timeout);
        var done = await Task.WhenAny(sending, _closed.Task).ConfigureAwait(false);
        if (done != sending)
        {
            // The answer will never come, or will fail: observed here so that it is not reported as unobserved.
            _ = sending.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted,
                TaskScheduler.Default);
            throw new ChromiumException($"While {doing}: {(await _closed.Task.ConfigureAwait(false)).Message}");
        }
        return await sending.ConfigureAwait(false);
    }

    /// <summary>
    /// Waits for the load event of the document that navigation <paramref name="loaderId"/> created. The event may come
    /// before the navigation's own answer, so events are kept by loader id whether or not anyone waits yet.
    /// </summary>
    public async Task WaitForLoadAsync(string loaderId, string doing, CancellationToken cancellationToken)
    {
        var load = _loads.GetOrAdd(loaderId, static _ => NewSignal()).Task;
        Task done;
        try
        {
            done = await Task.WhenAny(load, _closed.Task).WaitAsync(Timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"The page did not finish loading within {Timeout.TotalSeconds:0} s ({doing}: waiting for its load event)."));
        }
        if (done != load) throw new ChromiumException($"While {doing}: {(await _closed.Task.ConfigureAwait(false)).Message}");
        _loads.TryRemove(loaderId, out _);
    }

    /// <summary>Called by the connection's reader for every event of this tab: must be quick and never wait.</summary>
    public void OnEvent(string method, JsonElement parameters)
    {
        switch (method)
        {
            case "Page.lifecycleEvent" when parameters.GetProperty("name").ValueEquals("load"):
                _loads.GetOrAdd(parameters.GetProperty("loaderId").GetString()!, static _ => NewSignal()).TrySetResult();
                break;
            case "Fetch.requestPaused":
                var requestId = parameters.GetProperty("requestId").GetString()!;
                var url = parameters.GetProperty("request").GetProperty("url").GetString() ?? "";
                if (url == _allowedUrl)
                {
                    _connection.Post("Fetch.continueRequest", new JsonObject { ["requestId"] = requestId }, Id);
                }
                else
                {
                    _blocked.Enqueue(url);
                    _connection.Post("Fetch.failRequest",
                        new JsonObject { ["requestId"] = requestId, ["errorReason"] = "BlockedByClient" }, Id);
                }
                break;
            case "Inspector.targetCrashed":
                Close(new ChromiumException(
                    "The tab's renderer crashed (out of memory, or the page was too large to lay out or draw)."));
                break;
            case "Inspector.detached":
                var reason = parameters.TryGetProperty("reason", out var r) ? r.GetString() : null;
                Close(new ChromiumException($"Chromium detached from the tab ({reason ?? "no reason given"})."));
                break;
        }
    }

    public void Close(Exception reason) => _closed.TrySetResult(reason);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
