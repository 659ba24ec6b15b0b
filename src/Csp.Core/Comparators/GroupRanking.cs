namespace Csp.Core.Comparators;

/// <summary>Places an area among its comparator group by rate, this period and last, for each category.</summary>
internal static class GroupRanking
{
    /// <param name="current">Rates this period by member code (per 1,000 residents; any one rate for all members).</param>
    /// <param name="previous">Rates last period by member code; empty when there is none.</param>
    /// <returns>Null when the area itself has no rate this period.</returns>
    public static GroupPosition? Position(MostSimilarGroup group, string category, IReadOnlyDictionary<string, double> current, IReadOnlyDictionary<string, double> previous)
    {
        var now = Rank(group, current);
        if (now is not { } n) return null;
        var before = Rank(group, previous);
        var movement = before is not { } b ? PositionMovement.NoPrevious
            : n.Position < b.Position ? PositionMovement.Improved
            : n.Position > b.Position ? PositionMovement.Worsened
            : PositionMovement.Unchanged;
        var missing = group.MemberCodes.Where(m => !current.ContainsKey(m)).ToList();
        return new GroupPosition(category, group.AreaCode, n.Position, n.Size, current[group.AreaCode], before?.Position, before?.Size, movement, missing);
    }

    /// <summary>Every category at once: rates by category, then by member code.</summary>
    public static IReadOnlyList<GroupPosition> Positions(MostSimilarGroup group, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> current, IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> previous)
    {
        var empty = new Dictionary<string, double>();
        var positions = new List<GroupPosition>();
        foreach (var (category, rates) in current)
        {
            if (Position(group, category, rates, previous.GetValueOrDefault(category) ?? empty) is { } p) positions.Add(p);
        }
        return positions;
    }

    /// <summary>Competition ranking, ascending: 1 + the number of members with a strictly lower rate.</summary>
    private static (int Position, int Size)? Rank(MostSimilarGroup group, IReadOnlyDictionary<string, double> rates)
    {
        if (!rates.TryGetValue(group.AreaCode, out var own) || !double.IsFinite(own)) return null;
        int lower = 0, size = 0;
        foreach (var member in group.MemberCodes.Distinct(StringComparer.Ordinal))
        {
            if (!rates.TryGetValue(member, out var r) || !double.IsFinite(r)) continue;
            size++;
            if (r < own) lower++;
        }
        return (lower + 1, size);
    }
}
