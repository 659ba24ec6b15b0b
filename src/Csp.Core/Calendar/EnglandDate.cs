namespace Csp.Core.Calendar;

/// <summary>
/// Today's date as an officer in England sees it (Europe/London: GMT in winter, BST in summer), from an injected
/// <see cref="TimeProvider"/>. A server running on UTC would otherwise turn the day over an hour late all summer, and a
/// deadline that falls due at midnight would show as met for an extra hour.
/// </summary>
internal static class EnglandDate
{
    private static readonly TimeZoneInfo London = FindLondon();

    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), London).DateTime);
    }

    private static TimeZoneInfo FindLondon()
    {
        // IANA on Linux and macOS; Windows knows the same zone as "GMT Standard Time" (and maps IANA names since .NET 6).
        foreach (var id in new[] { "Europe/London", "GMT Standard Time" })
        {
            if (TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)) return zone;
        }
        throw new InvalidOperationException("The time zone Europe/London is not installed (install the tzdata package): working-day deadlines need the date in England.");
    }
}
