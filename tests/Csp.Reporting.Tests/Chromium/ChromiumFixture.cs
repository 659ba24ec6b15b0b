using System.Diagnostics;
using Csp.Chromium;

namespace Csp.Reporting.Tests.Chromium;

/// <summary>One real Chromium shared by the facts of a test class, started once (and timed: see the test output).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    /// <summary>Generous: the CI machine has two cores shared with other builds.</summary>
    public static readonly ChromiumOptions Options = new()
    {
        StartTimeout = TimeSpan.FromMinutes(2),
        OperationTimeout = TimeSpan.FromMinutes(3),
    };

    private HeadlessChromium? _browser;

    public HeadlessChromium Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public TimeSpan StartTime { get; private set; }

    public async Task InitializeAsync()
    {
        var started = Stopwatch.StartNew();
        _browser = await HeadlessChromium.StartAsync(Options);
        StartTime = started.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
    }
}
