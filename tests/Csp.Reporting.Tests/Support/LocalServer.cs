using System.Net;
using System.Net.Sockets;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// A TCP port on this machine that records whether anything connected: a page that reached it would have reached the
/// network, without the test needing the internet.
/// </summary>
internal sealed class LocalServer : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);

    public LocalServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}";

    /// <summary>Whether a connection is waiting, after giving a stray one two seconds to arrive.</summary>
    public async Task<bool> WasCalledAsync()
    {
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            using var client = await _listener.AcceptTcpClientAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public void Dispose() => _listener.Dispose();
}
