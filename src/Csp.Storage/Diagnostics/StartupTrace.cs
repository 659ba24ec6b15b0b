using System.Diagnostics;
using System.Globalization;

namespace Csp.Storage.Diagnostics;

/// <summary>
/// Where a command's time goes from a cold start, when <c>CSP_TRACE=1</c>: each mark prints to standard error the
/// milliseconds since the process started (the runtime's own start-up included) and since the mark before. Off, a mark
/// costs one static field read.
/// </summary>
public static class StartupTrace
{
    public const string EnvironmentVariable = "CSP_TRACE";

    private static readonly bool On = Environment.GetEnvironmentVariable(EnvironmentVariable) is "1" or "true";
    private static readonly DateTime ProcessStarted = On ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;
    private static double _last;

    /// <summary>Whether marks are printed (CSP_TRACE=1), for a host that adds a step of its own only then.</summary>
    public static bool IsOn => On;

    public static void Mark(string what)
    {
        if (!On) return;
        var since = (TimeProvider.System.GetUtcNow().UtcDateTime - ProcessStarted).TotalMilliseconds;
        var step = since - _last;
        _last = since;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"trace: {since,7:F0} ms (+{step,5:F0}) {what}"));
    }
}
