using System.Globalization;

namespace Csp.Core.Briefing;

/// <summary>
/// A stretch of the clock, e.g. 19:00-01:00 for the night-time economy. The start is included and the end excluded
/// (19:00-01:00 holds 19:00 to 00:59, not 01:00), so consecutive windows (19:00-01:00, 01:00-07:00) never count an
/// incident twice. When the end is at or before the start the window runs across midnight.
/// </summary>
public readonly record struct TimeOfDayWindow
{
    public TimeOfDayWindow(TimeOnly from, TimeOnly to)
    {
        if (from == to) throw new ArgumentException($"A window from {from:HH\\:mm} to {to:HH\\:mm} is empty (or the whole day): give different start and end times.", nameof(to));
        From = from;
        To = to;
    }

    public TimeOnly From { get; }

    public TimeOnly To { get; }

    public bool SpansMidnight => To < From;

    /// <summary>Length in minutes: 360 for 19:00-01:00.</summary>
    public int Minutes => SpansMidnight ? 1440 - MinuteOf(From) + MinuteOf(To) : MinuteOf(To) - MinuteOf(From);

    public bool Contains(TimeOnly time) => ContainsMinute(MinuteOf(time));

    /// <summary>Whether a minute of the day (0 = 00:00 to 1439 = 23:59) is inside.</summary>
    public bool ContainsMinute(int minuteOfDay)
    {
        int from = MinuteOf(From), to = MinuteOf(To);
        return SpansMidnight ? minuteOfDay >= from || minuteOfDay < to : minuteOfDay >= from && minuteOfDay < to;
    }

    /// <summary>"19:00-01:00" (HH:mm-HH:mm, 24-hour clock; "24:00" is not a time, write 00:00).</summary>
    public static bool TryParse(string? text, out TimeOfDayWindow window)
    {
        window = default;
        var parts = (text ?? "").Split('-', StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return false;
        if (!TimeOnly.TryParseExact(parts[0], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)) return false;
        if (!TimeOnly.TryParseExact(parts[1], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)) return false;
        if (from == to) return false;
        window = new TimeOfDayWindow(from, to);
        return true;
    }

    public static TimeOfDayWindow Parse(string text) =>
        TryParse(text, out var window) ? window : throw new FormatException($"'{text}' is not a window of the clock such as 19:00-01:00 (HH:mm-HH:mm, start and end different).");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:HH\\:mm}-{To:HH\\:mm}");

    private static int MinuteOf(TimeOnly t) => t.Hour * 60 + t.Minute;
}
