using Csp.Core.Priorities;

namespace Csp.Core.Strategy;

/// <summary>
/// The Management Group's decision on the assessment's recommended priorities (seed 001: it "considers the findings of the
/// Strategic Assessment ... to identify the priorities", which "are then recommended to the CSP for endorsement"): for
/// an area and assessment period, which recommended priorities it accepted, which it did not take, and which it added,
/// with its reasons, the meeting, who recorded it and when, and the CSP's endorsement after it.
/// </summary>
/// <param name="Period">The assessment's period as the product writes it ("2025-01..2025-09").</param>
/// <param name="Group">The group that decided (the Management Group).</param>
/// <param name="EndorsedOn">The day the CSP (the main group) endorsed it; null until then.</param>
public sealed record PriorityDecision(string AreaCode, string AreaName, string Period, string PeriodLabel, string Group, DateOnly MeetingOn,
    IReadOnlyList<DecidedPriority> Priorities, string Reasons, string RecordedBy, DateTimeOffset RecordedAt, DateOnly? EndorsedOn)
{
    /// <summary>The priorities decided on: accepted and added, in the scoring's order then as added.</summary>
    public IReadOnlyList<string> Chosen => Priorities.Where(p => p.Outcome != PriorityOutcome.NotTaken).Select(p => p.Name).ToList();

    /// <summary>
    /// The decision from the scoring and what the group chose: every recommended priority is accepted when chosen and not
    /// taken otherwise; a chosen name the scoring did not recommend (a lower-ranked category, or a theme that is no
    /// police.uk category) is added. Names match ignoring case; a repeat is taken once.
    /// </summary>
    public static IReadOnlyList<DecidedPriority> Decide(IReadOnlyList<PriorityScore> scoring, IEnumerable<string> chosen)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        ArgumentNullException.ThrowIfNull(chosen);
        var picked = chosen.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var result = new List<DecidedPriority>();
        foreach (var s in scoring.Where(s => s.Recommended).OrderBy(s => s.Rank))
        {
            var taken = picked.Any(p => p.Equals(s.Category, StringComparison.OrdinalIgnoreCase));
            result.Add(new DecidedPriority(s.Category, taken ? PriorityOutcome.Accepted : PriorityOutcome.NotTaken, s.Rank, s.Score, true));
        }
        foreach (var p in picked.Where(p => !result.Any(r => r.Name.Equals(p, StringComparison.OrdinalIgnoreCase))))
        {
            var scored = scoring.FirstOrDefault(s => s.Category.Equals(p, StringComparison.OrdinalIgnoreCase));
            result.Add(new DecidedPriority(scored?.Category ?? p, PriorityOutcome.Added, scored?.Rank, scored?.Score, false));
        }
        return result;
    }

    /// <summary>The decision in one sentence, for a report: "On 12 January 2026 the CSP Management Group accepted ... from the recommended priorities, did not take ... and added ...".</summary>
    public string Summary()
    {
        var en = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
        string List(PriorityOutcome o) => Words(Priorities.Where(p => p.Outcome == o).Select(p => p.Name).ToList());
        var parts = new List<string>();
        if (Priorities.Any(p => p.Outcome == PriorityOutcome.Accepted)) parts.Add("accepted " + List(PriorityOutcome.Accepted) + " from the recommended priorities");
        if (Priorities.Any(p => p.Outcome == PriorityOutcome.NotTaken)) parts.Add("did not take " + List(PriorityOutcome.NotTaken) + (Priorities.Any(p => p.Outcome == PriorityOutcome.Accepted) ? "" : " of the recommended priorities"));
        if (Priorities.Any(p => p.Outcome == PriorityOutcome.Added)) parts.Add("added " + List(PriorityOutcome.Added));
        var endorsed = EndorsedOn is { } e ? $" The Community Safety Partnership endorsed the decision on {e.ToString("d MMMM yyyy", en)}." : " The decision awaits the Community Safety Partnership's endorsement.";
        return $"On {MeetingOn.ToString("d MMMM yyyy", en)} the {Group} {Words(parts)}.{endorsed}";
    }

    private static string Words(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "none",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
