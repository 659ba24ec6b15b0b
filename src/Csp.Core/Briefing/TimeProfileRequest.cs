namespace Csp.Core.Briefing;

/// <summary>What to profile: the days <paramref name="From"/> to <paramref name="To"/> (both included), UK local time.</summary>
/// <param name="Categories">Categories to count (any case); empty or null: all.</param>
/// <param name="Window">A stretch of the clock whose share is wanted (e.g. 19:00-01:00), or null.</param>
public sealed record TimeProfileRequest(DateOnly From, DateOnly To, IReadOnlyCollection<string>? Categories = null, TimeOfDayWindow? Window = null)
{
    /// <summary>Dated events to compare with the same days in other weeks.</summary>
    public IReadOnlyList<DatedEvent> Events { get; init; } = [];

    /// <summary>Weeks of shift either side used for the comparison (in units of the event's length rounded up to whole weeks).</summary>
    public int ComparisonRunsEachSide { get; init; } = 4;

    /// <summary>What the findings call the incidents: "violence against the person"; null uses the categories' names or "incidents".</summary>
    public string? Label { get; init; }
}
