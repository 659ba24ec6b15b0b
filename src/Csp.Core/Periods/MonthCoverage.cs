namespace Csp.Core.Periods;

/// <summary>Which months a series covers and which months are missing inside its range.</summary>
public static class MonthCoverage
{
    /// <summary>The months strictly between the first and last month held that are not held, in order.</summary>
    public static IReadOnlyList<YearMonth> MissingWithin(IEnumerable<YearMonth> held)
    {
        var set = held.Select(m => m.Index).ToHashSet();
        if (set.Count == 0) return [];
        var (first, last) = (set.Min(), set.Max());
        var missing = new List<YearMonth>();
        for (var i = first + 1; i < last; i++)
        {
            if (!set.Contains(i)) missing.Add(YearMonth.FromIndex(i));
        }
        return missing;
    }

    /// <summary>Describes months as ranges for people: "2021-10..2021-12, 2022-12..2024-12".</summary>
    public static string Describe(IReadOnlyList<YearMonth> months)
    {
        var ranges = new List<string>();
        for (var i = 0; i < months.Count;)
        {
            var j = i;
            while (j + 1 < months.Count && months[j + 1].Index == months[j].Index + 1) j++;
            ranges.Add(i == j ? months[i].ToString() : $"{months[i]}..{months[j]}");
            i = j + 1;
        }
        return string.Join(", ", ranges);
    }
}
