namespace Csp.Core.Periods;

/// <summary>
/// UK civil time (Europe/London: GMT in winter, BST = UTC+1 from the last Sunday of March to the last Sunday of October).
/// Incident times, briefings and tasks are all in UK local time, as officers and partner systems record them.
/// </summary>
public static class UkTime
{
    private static readonly Lazy<TimeZoneInfo> Zone = new(() =>
        TimeZoneInfo.TryFindSystemTimeZoneById("Europe/London", out var zone) ? zone
        : TimeZoneInfo.TryFindSystemTimeZoneById("GMT Standard Time", out zone) ? zone
        : throw new InvalidOperationException("The time zone Europe/London is not known on this machine (install tzdata)."));

    public static TimeZoneInfo London => Zone.Value;

    /// <summary>The UK wall-clock time of an instant (Kind Unspecified: a local time, not an instant).</summary>
    public static DateTime FromInstant(DateTimeOffset instant) =>
        DateTime.SpecifyKind(TimeZoneInfo.ConvertTime(instant, London).DateTime, DateTimeKind.Unspecified);

    /// <summary>Now on the UK clock, from the injected clock.</summary>
    public static DateTime Now(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return FromInstant(clock.GetUtcNow());
    }
}
