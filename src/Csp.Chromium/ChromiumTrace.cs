using System.Diagnostics;
using System.Globalization;

namespace Csp.Chromium;

/// <summary>
/// Where a print's time goes, when <c>CSP_TRACE=1</c> (as the hosts' start-up trace, which this project cannot reference:
/// it has no project references): each mark prints to standard error the milliseconds since the process started and since
/// the mark before, in the same form. Off, a mark costs one static field read.
/// </summary>
internal static class ChromiumTrace
{
    private static readonly bool On = Environment.GetEnvironmentVariable("CSP_TRACE") is "1" or "true";
    private static readonly DateTime ProcessStarted = On ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;
    private static double _last;

    public static void Mark(string what)
    {
        if (!On) return;
        var since = (DateTime.UtcNow - ProcessStarted).TotalMilliseconds;
        var step = since - _last;
        _last = since;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trace: {since,7:F0} ms (+{step,5:F0}) chromium: {what}"));
    }
}
