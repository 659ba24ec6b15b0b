namespace Csp.Core.Briefing;

/// <summary>The period a briefing covers: from <see cref="Since"/> (included) to <see cref="Until"/> (excluded), UK local time.</summary>
public readonly record struct BriefingWindow
{
    public BriefingWindow(DateTime since, DateTime until)
    {
        if (until <= since) throw new ArgumentException($"The briefing ends ({until:yyyy-MM-dd HH:mm}) at or before it starts ({since:yyyy-MM-dd HH:mm}).", nameof(until));
        Since = since;
        Until = until;
    }

    public DateTime Since { get; }

    public DateTime Until { get; }

    /// <summary>
    /// The default: the 24 hours to now (to the minute), or on a Monday the 72 hours since the same time on Friday, as
    /// the Community Safety Units take stock each working day of what came in since the last meeting.
    /// </summary>
    public static BriefingWindow Default(DateTime nowLocal)
    {
        var until = new DateTime(nowLocal.Year, nowLocal.Month, nowLocal.Day, nowLocal.Hour, nowLocal.Minute, 0, DateTimeKind.Unspecified);
        return new BriefingWindow(until.AddDays(until.DayOfWeek == DayOfWeek.Monday ? -3 : -1), until);
    }

    /// <summary>The default window with either end given: since alone runs to now; until alone takes the default length before it.</summary>
    public static BriefingWindow From(DateTime nowLocal, DateTime? since, DateTime? until)
    {
        var end = until ?? Default(nowLocal).Until;
        return new BriefingWindow(since ?? Default(end).Since, end);
    }
}
