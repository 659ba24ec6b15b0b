namespace Csp.Core.Cases.Repeats;

/// <summary>
/// When a victim, location or caller is a repeat: at least <see cref="MinimumIncidents"/> incidents within
/// <see cref="WindowMonths"/> calendar months (default 3 in 12). Incidents on dates d1 &lt;= ... &lt;= dn are within
/// one window when dn is before d1 plus <see cref="WindowMonths"/> months: the window starting 15 January 2025 runs to
/// 14 January 2026 inclusive, so incidents on 15 January 2025 and 15 January 2026 are not in one twelve-month window.
/// Months are added by the calendar, clamped to the month's end (31 March + 1 month = 30 April).
/// </summary>
public sealed record RepeatRule
{
    public RepeatRule(int minimumIncidents = 3, int windowMonths = 12)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumIncidents, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowMonths, 1);
        MinimumIncidents = minimumIncidents;
        WindowMonths = windowMonths;
    }

    public static RepeatRule Default { get; } = new();

    public int MinimumIncidents { get; }

    public int WindowMonths { get; }

    /// <summary>"3 or more incidents in 12 months".</summary>
    public string Description => $"{MinimumIncidents} or more incidents in {WindowMonths} {(WindowMonths == 1 ? "month" : "months")}";
}
