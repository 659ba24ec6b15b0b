using Csp.Core.Cases.Repeats;
using static Csp.Core.Tests.Calendar.TestCalendars;

namespace Csp.Core.Tests.Cases.Repeats;

public sealed class RepeatFinderTests
{
    private static KeyedIncident I(string key, string date) => new(key, D(date));

    [Fact]
    public void Three_incidents_within_twelve_months_make_a_repeat_victim_and_the_third_is_when_it_started()
    {
        var findings = RepeatFinder.Find([I("V1", "2025-01-15"), I("V1", "2025-06-01"), I("V1", "2026-01-14")], RepeatRule.Default, RepeatKind.Victim);

        var finding = Assert.Single(findings);
        Assert.Equal(new RepeatFinding(RepeatKind.Victim, "V1", 3, 3, D("2025-01-15"), D("2026-01-14"), D("2026-01-14"), 3), finding);
    }

    [Fact]
    public void The_same_date_twelve_months_on_is_outside_the_window()
    {
        Assert.Empty(RepeatFinder.Find([I("V2", "2025-01-15"), I("V2", "2025-06-01"), I("V2", "2026-01-15")], RepeatRule.Default, RepeatKind.Victim));
    }

    [Fact]
    public void A_window_from_the_end_of_a_long_month_ends_at_the_shorter_months_end()
    {
        var twoInAMonth = new RepeatRule(minimumIncidents: 2, windowMonths: 1);

        // 31 March + 1 month = 30 April, the first day outside: 29 April is in the window and 30 April is not.
        Assert.Single(RepeatFinder.Find([I("L1", "2025-03-31"), I("L1", "2025-04-29")], twoInAMonth, RepeatKind.Location));
        Assert.Empty(RepeatFinder.Find([I("L1", "2025-03-31"), I("L1", "2025-04-30")], twoInAMonth, RepeatKind.Location));
    }

    [Fact]
    public void Incidents_on_one_day_count_separately_and_input_order_does_not_matter()
    {
        var findings = RepeatFinder.Find([I("C9", "2025-05-02"), I("C9", "2025-05-01"), I("C9", "2025-05-01")], RepeatRule.Default, RepeatKind.Caller);

        var finding = Assert.Single(findings);
        Assert.Equal(D("2025-05-01"), finding.WindowFrom);
        Assert.Equal(D("2025-05-02"), finding.FirstReachedOn);
    }

    [Fact]
    public void Incidents_with_no_key_are_ignored_and_findings_come_most_incidents_first_then_by_key()
    {
        KeyedIncident[] incidents =
        [
            I("", "2025-01-01"), I("", "2025-01-02"), I("", "2025-01-03"),
            I("B", "2025-01-01"), I("B", "2025-02-01"), I("B", "2025-03-01"),
            I("A", "2025-01-01"), I("A", "2025-02-01"), I("A", "2025-03-01"),
            I("C", "2024-01-01"), I("C", "2024-02-01"), I("C", "2024-03-01"), I("C", "2024-04-01"),
            I("D", "2025-01-01"), I("D", "2025-02-01"),
        ];

        var findings = RepeatFinder.Find(incidents, RepeatRule.Default, RepeatKind.Location);

        Assert.Equal(["C", "A", "B"], findings.Select(f => f.Key));
        Assert.Equal(4, findings[0].MostInWindow);
    }

    [Fact]
    public void The_densest_window_is_found_after_a_sparse_start()
    {
        // 2023-01-10 alone; then four within five weeks in 2024.
        KeyedIncident[] incidents = [I("V", "2023-01-10"), I("V", "2024-03-01"), I("V", "2024-03-08"), I("V", "2024-03-20"), I("V", "2024-04-04")];

        var finding = Assert.Single(RepeatFinder.Find(incidents, RepeatRule.Default, RepeatKind.Victim));

        Assert.Equal(5, finding.Incidents);
        Assert.Equal(4, finding.MostInWindow);
        Assert.Equal(D("2024-03-01"), finding.WindowFrom);
        Assert.Equal(D("2024-04-04"), finding.WindowTo);
        Assert.Equal(D("2024-03-20"), finding.FirstReachedOn);
    }

    [Fact]
    public void As_of_a_date_later_incidents_are_ignored_and_a_past_repeat_is_not_current()
    {
        KeyedIncident[] incidents = [I("V", "2024-02-01"), I("V", "2024-03-01"), I("V", "2024-04-01"), I("V", "2025-03-01"), I("V", "2025-08-01"), I("V", "2025-09-01")];

        var finding = Assert.Single(RepeatFinder.Find(incidents, RepeatRule.Default, RepeatKind.Victim, asOf: D("2025-06-30")));

        Assert.Equal(4, finding.Incidents);            // August and September 2025 are after the as-of date
        Assert.Equal(D("2024-04-01"), finding.FirstReachedOn);
        Assert.Equal(1, finding.InCurrentWindow);      // only 1 March 2025 is after 30 June 2024
        Assert.False(finding.IsCurrent(RepeatRule.Default));

        var now = Assert.Single(RepeatFinder.Find(incidents, RepeatRule.Default, RepeatKind.Victim, asOf: D("2025-09-01")));
        Assert.Equal(3, now.InCurrentWindow);          // 1 March, 1 August, 1 September 2025
        Assert.True(now.IsCurrent(RepeatRule.Default));
    }

    [Fact]
    public void Numbered_keys_give_the_same_findings_as_text_keys_including_negative_ids()
    {
        int[] keys = [-5, 7, -5, 7, -5, 0];
        DateOnly[] dates = [D("2025-01-01"), D("2025-01-01"), D("2025-02-01"), D("2025-03-01"), D("2025-03-01"), D("2025-01-01")];

        var numbered = RepeatFinder.Find(keys, dates, RepeatRule.Default);

        var finding = Assert.Single(numbered);
        Assert.Equal(-5, finding.Key);
        Assert.Equal(3, finding.MostInWindow);
        Assert.Throws<ArgumentException>(() => RepeatFinder.Find(keys, dates[..2], RepeatRule.Default));
    }

    [Fact]
    public void Random_incidents_agree_with_counting_every_window_by_brute_force()
    {
        var random = new Random(20251218);
        var incidents = Enumerable.Range(0, 3_000)
            .Select(_ => new KeyedIncident($"K{random.Next(400)}", D("2023-01-01").AddDays(random.Next(1_100))))
            .ToArray();
        var rule = new RepeatRule(4, 6);

        var findings = RepeatFinder.Find(incidents, rule, RepeatKind.Victim).ToDictionary(f => f.Key);

        foreach (var group in incidents.GroupBy(i => i.Key))
        {
            var dates = group.Select(i => i.Date).Order().ToArray();
            // Brute force: for each incident as a window's start, count the incidents before its start + 6 months.
            var most = dates.Max(first => dates.Count(d => d >= first && d < first.AddMonths(6)));
            var reached = dates.Select((d, index) => (d, index))
                .FirstOrDefault(x => dates.Count(e => e <= x.d && x.d < e.AddMonths(6)) - dates.Skip(x.index + 1).Count(e => e == x.d) >= 4);
            if (most >= 4)
            {
                Assert.Equal(most, findings[group.Key].MostInWindow);
                Assert.Equal(dates.Length, findings[group.Key].Incidents);
                Assert.Equal(reached.d, findings[group.Key].FirstReachedOn);
            }
            else
            {
                Assert.False(findings.ContainsKey(group.Key));
            }
        }
        Assert.NotEmpty(findings);
    }

    [Fact]
    public void A_rule_needs_at_least_two_incidents_and_one_month()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatRule(1, 12));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RepeatRule(3, 0));
        Assert.Equal("3 or more incidents in 12 months", RepeatRule.Default.Description);
    }
}
