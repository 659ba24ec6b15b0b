using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Csp.Chromium;

/// <summary>
/// One WebSocket to the browser's DevTools endpoint, carrying the commands of every tab: flat sessions, where a message for
/// a tab names its <c>sessionId</c>. One task reads; writes take turns. When the connection fails (the browser died or was
/// closed) every pending command and every session fails at once with the same reason.
/// </summary>
internal sealed class DevToolsConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ConcurrentDictionary<long, PendingCommand> _pending = new();
    private readonly ConcurrentDictionary<string, DevToolsSession> _sessions = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private readonly Func<Exception?, Task<Exception>> _explainLoss;
    private readonly TaskCompletionSource<Exception> _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task _receiving = Task.CompletedTask;
    private long _lastId;
    private volatile bool _closeExpected;

    private DevToolsConnection(ClientWebSocket socket, TimeSpan commandTimeout, Func<Exception?, Task<Exception>> explainLoss)
    {
        _socket = socket;
        CommandTimeout = commandTimeout;
        _explainLoss = explainLoss;
    }

    public TimeSpan CommandTimeout { get; }

    public bool IsOpen => !_failed.Task.IsCompleted;

    /// <summary>Completes, with the reason, when the connection can no longer be used.</summary>
    public Task<Exception> Failed => _failed.Task;

    /// <param name="explainLoss">
    /// Called when the socket closes or breaks without <see cref="Fail"/> having been called: gives the exception to fail
    /// with (the browser's exit code and last output, typically).
    /// </param>
    public static async Task<DevToolsConnection> ConnectAsync(Uri url, TimeSpan commandTimeout, Func<Exception?, Task<Exception>> explainLoss,
        CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        // Chromium's own keep-alive is enough on a loopback connection; a client ping would only add traffic.
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(commandTimeout);
            await socket.ConnectAsync(url, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            socket.Dispose();
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"Could not connect to Chromium's DevTools at {url} within {commandTimeout.TotalSeconds:0} s."));
        }
        catch (WebSocketException e)
        {
            socket.Dispose();
            throw new ChromiumException($"Could not connect to Chromium's DevTools at {url}: {e.Message}", e);
        }
        var connection = new DevToolsConnection(socket, commandTimeout, explainLoss);
        connection._receiving = connection.ReceiveAsync();
        return connection;
    }

    /// <summary>
    /// Sends a command (to the browser, or to a tab when <paramref name="sessionId"/> is given) and returns its result.
    /// Throws <see cref="ChromiumException"/> when Chromium answers with an error or the connection fails, and
    /// <see cref="TimeoutException"/> (naming the command and <paramref name="doing"/>) when no answer comes in time.
    /// </summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, string doing,
        CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        if (_failed.Task.IsCompleted) throw Wrap(await _failed.Task.ConfigureAwait(false), doing);
        var id = Interlocked.Increment(ref _lastId);
        var command = new PendingCommand(method);
        _pending[id] = command;
        var limit = timeout ?? CommandTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        deadline.CancelAfter(limit);
        using var waiting = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            var message = Serialize(id, method, parameters, sessionId);
            await _sending.WaitAsync(waiting.Token).ConfigureAwait(false);
            try
            {
                // Not the caller's token: cancelling a WebSocket send part way aborts the socket, and with it every tab.
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, deadline.Token).ConfigureAwait(false);
            }
            finally
            {
                _sending.Release();
            }
            var failed = _failed.Task;
            var done = await Task.WhenAny(command.Task, failed).WaitAsync(waiting.Token).ConfigureAwait(false);
            if (done == failed && !command.Task.IsCompleted) throw Wrap(await failed.ConfigureAwait(false), doing);
            return await command.Task.ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            if (_failed.Task.IsCompleted) throw Wrap(await _failed.Task.ConfigureAwait(false), doing);
            throw new TimeoutException(string.Create(CultureInfo.InvariantCulture,
                $"Chromium did not answer {method} within {limit.TotalSeconds:0} s ({doing})."));
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
        {
            var reason = await FailAsync(e).ConfigureAwait(false);
            throw Wrap(reason, doing);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Sends a command without waiting for its answer; for replies to events, which must not block the reader.</summary>
    public void Post(string method, JsonObject parameters, string sessionId)
    {
        if (_failed.Task.IsCompleted) return;
        _ = SendAsync(method, parameters, sessionId, "answering an event", CancellationToken.None).ContinueWith(
            static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>Says that the browser is being closed on purpose, so its going is not reported as a failure to explain.</summary>
    public void ExpectClose() => _closeExpected = true;

    public bool CloseExpected => _closeExpected;

    public void Attach(DevToolsSession session) => _sessions[session.Id] = session;

    public void Detach(string sessionId) => _sessions.TryRemove(sessionId, out _);

    /// <summary>Fails every pending command and session with <paramref name="reason"/>; only the first reason counts.</summary>
    public void Fail(Exception reason)
    {
        if (!_failed.TrySetResult(reason)) return;
        foreach (var command in _pending.Values) command.TrySetException(reason);
        foreach (var session in _sessions.Values) session.Close(reason);
        _sessions.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        Fail(new ChromiumException("The DevTools connection to Chromium was closed."));
        await _closing.CancelAsync().ConfigureAwait(false);
        _socket.Abort();
        await _receiving.ConfigureAwait(false);
        // _closing and _sending are left undisposed: a tab closing in the background may still call SendAsync, which must
        // then fail as "closed" rather than with an ObjectDisposedException (neither holds an unmanaged resource here).
        _socket.Dispose();
    }

    /// <summary>"While printing the PDF: Chromium (...) exited (exit code 137). Its last output: ...".</summary>
    private static ChromiumException Wrap(Exception reason, string doing) =>
        new($"While {doing}: {reason.Message}", reason);

    private async Task<Exception> FailAsync(Exception? cause)
    {
        if (!_failed.Task.IsCompleted)
        {
            var reason = await _explainLoss(cause).ConfigureAwait(false);
            Fail(reason);
        }
        return await _failed.Task.ConfigureAwait(false);
    }

    private static ReadOnlyMemory<byte> Serialize(long id, string method, JsonObject? parameters, string? sessionId)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", id);
            writer.WriteString("method", method);
            if (sessionId is not null) writer.WriteString("sessionId", sessionId);
            if (parameters is not null)
            {
                writer.WritePropertyName("params");
                parameters.WriteTo(writer);
            }
            writer.WriteEndObject();
        }
        return buffer.WrittenMemory;
    }

    private async Task ReceiveAsync()
    {
        // Messages reach several megabytes (a PDF chunk, a screenshot in base64), so the buffer grows to the largest seen.
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        Exception? cause = null;
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult received;
                do
                {
                    if (length == buffer.Length)
                    {
                        var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }
                    received = await _socket.ReceiveAsync(buffer.AsMemory(length), _closing.Token).ConfigureAwait(false);
                    if (received.MessageType == WebSocketMessageType.Close) return;
                    length += received.Count;
                }
                while (!received.EndOfMessage);
                Dispatch(buffer.AsMemory(0, length));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is WebSocketException or JsonException or ObjectDisposedException)
        {
            cause = e;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
            if (_closeExpected) Fail(new ChromiumException("Chromium was closed."));
            else if (!_closing.IsCancellationRequested) _ = FailAsync(cause);
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> message)
    {
        using var document = JsonDocument.Parse(message);
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!_pending.TryRemove(idElement.GetInt64(), out var command)) return;
            if (root.TryGetProperty("error", out var error))
            {
                var text = error.TryGetProperty("message", out var m) ? m.GetString() : error.GetRawText();
                var data = error.TryGetProperty("data", out var d) ? ": " + d.GetString() : "";
                command.TrySetException(new ChromiumException($"Chromium refused {command.Method}: {text}{data}"));
            }
            else
            {
                // Cloned: the document lives in the receive buffer, which the next message overwrites.
                command.TrySetResult(root.TryGetProperty("result", out var result) ? result.Clone() : default);
            }
            return;
        }

        var method = root.GetProperty("method").GetString() ?? "";
        var parameters = root.TryGetProperty("params", out var p) ? p : default;
        if (root.TryGetProperty("sessionId", out var sessionId))
        {
            if (_sessions.TryGetValue(sessionId.GetString()!, out var session)) session.OnEvent(method, parameters);
        }
        else if (method == "Target.detachedFromTarget" && parameters.TryGetProperty("sessionId", out var detached)
                 && _sessions.TryRemove(detached.GetString()!, out var gone))
        {
            gone.Close(new ChromiumException("Chromium closed the tab."));
        }
    }

    private sealed class PendingCommand(string method) : TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public string Method { get; } = method;
    }
}
