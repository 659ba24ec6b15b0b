using System.Globalization;

namespace Csp.Core.Cases.Interventions;

/// <summary>
/// The rules of the escalation ladder, checked over a case's interventions: a Community Protection Notice follows a
/// Community Protection Warning to the same subject, issued after the warning's time to comply ran out (s.43(5)); a
/// breach names the incident it was seen in and falls while the intervention was in force; an end date is not before the
/// start, nor beyond the term the Act allows. Also which interventions expire soon, so they can be renewed or closed in time.
/// </summary>
public static class InterventionRules
{
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static IReadOnlyList<InterventionIssue> Check(IReadOnlyList<Intervention> interventions)
    {
        ArgumentNullException.ThrowIfNull(interventions);
        var issues = new List<InterventionIssue>();
        foreach (var intervention in interventions) issues.AddRange(CheckOne(intervention, interventions));
        return issues;
    }

    /// <summary>The issues with one intervention, given the others recorded for the case (it may be among them).</summary>
    public static IReadOnlyList<InterventionIssue> CheckOne(Intervention intervention, IReadOnlyList<Intervention> others)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        ArgumentNullException.ThrowIfNull(others);
        var issues = new List<InterventionIssue>();
        void Add(string message) => issues.Add(new InterventionIssue(intervention.Id, message));
        var name = intervention.Power.Name;

        if (intervention.Type == InterventionType.CommunityProtectionNotice)
        {
            var warnings = others
                .Where(o => o.Type == InterventionType.CommunityProtectionWarning && o.Id != intervention.Id &&
                            string.Equals(o.Subject, intervention.Subject, StringComparison.OrdinalIgnoreCase) && o.IssuedOn < intervention.IssuedOn)
                .OrderByDescending(o => o.IssuedOn)
                .ToList();
            if (warnings.Count == 0)
            {
                Add($"A Community Protection Notice must follow a Community Protection Warning to the same subject (s.43(5)): " +
                    $"none is recorded to {intervention.Subject} before {Date(intervention.IssuedOn)}.");
            }
            else if (warnings.All(w => w.ComplyBy is { } by && intervention.IssuedOn <= by))
            {
                var latest = warnings.Min(w => w.ComplyBy!.Value);
                Add($"The notice was issued on {Date(intervention.IssuedOn)}, before the warning's time to comply ran out " +
                    $"({Date(latest)}): a notice may follow only once the person has had enough time to deal with the matter (s.43(5)(b)).");
            }
        }

        if (intervention.ExpiresOn is { } expires)
        {
            if (expires < intervention.IssuedOn)
                Add($"It expires on {Date(expires)}, before it was issued ({Date(intervention.IssuedOn)}).");
            else if (intervention.Power.MaximumTerm is { } term && expires > term.LatestEnd(intervention.IssuedOn))
                Add($"A {name} may run for at most {term.Words} ({intervention.Power.Basis}): issued on {Date(intervention.IssuedOn)}, " +
                    $"it can run to {Date(term.LatestEnd(intervention.IssuedOn))} at the latest, not {Date(expires)}.");
        }
        else if (intervention.Power.MaximumTerm is { } term)
        {
            Add($"A {name} has a term of at most {term.Words} ({intervention.Power.Basis}): record the day it ends.");
        }

        foreach (var breach in intervention.Breaches)
        {
            if (string.IsNullOrWhiteSpace(breach.IncidentReference))
                Add($"The breach on {Date(breach.On)} names no incident: record it against the incident in which it was seen.");
            if (breach.On < intervention.IssuedOn)
                Add($"The breach on {Date(breach.On)} is before the {name} was issued ({Date(intervention.IssuedOn)}).");
            else if (intervention.ExpiresOn is { } end && breach.On > end)
                Add($"The breach on {Date(breach.On)} is after the {name} expired ({Date(end)}).");
        }
        return issues;
    }

    /// <summary>
    /// Interventions in force on <paramref name="today"/> that expire within <paramref name="withinDays"/> calendar days
    /// (from today to today + N, both inclusive), soonest first.
    /// </summary>
    public static IReadOnlyList<Intervention> Expiring(IEnumerable<Intervention> interventions, DateOnly today, int withinDays)
    {
        ArgumentNullException.ThrowIfNull(interventions);
        ArgumentOutOfRangeException.ThrowIfNegative(withinDays);
        var last = today.AddDays(withinDays);
        return interventions
            .Where(i => i.ExpiresOn is { } e && e >= today && e <= last && i.IssuedOn <= today)
            .OrderBy(i => i.ExpiresOn)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The highest rung of the person-focused ladder reached by <paramref name="subject"/> so far (by
    /// <paramref name="asOf"/>), or null when none; place-focused powers are not rungs.
    /// </summary>
    public static InterventionType? HighestRung(IEnumerable<Intervention> interventions, string subject, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(interventions);
        var reached = interventions
            .Where(i => !i.Power.AimedAtPlace && i.IssuedOn <= asOf && string.Equals(i.Subject, subject, StringComparison.OrdinalIgnoreCase))
            .Select(i => (InterventionType?)i.Type)
            .ToList();
        return reached.Count == 0 ? null : reached.Max();
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", EnGb);
}
