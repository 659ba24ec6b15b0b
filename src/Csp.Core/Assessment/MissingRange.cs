using Csp.Core.Periods;

namespace Csp.Core.Assessment;

/// <summary>
/// A run of consecutive months one force's data lacks, for the same reason: how a refusal names what is missing, however
/// long the period asked for (0001-01..9999-12 is a few ranges, not 119,988 months).
/// </summary>
/// <param name="From">yyyy-MM, inclusive.</param>
/// <param name="To">yyyy-MM, inclusive.</param>
/// <param name="Months">How many months the range holds.</param>
/// <param name="Incomplete">Null when the months have no data; else why the data held for them is not taken as whole.</param>
public sealed record MissingRange(string Force, string From, string To, int Months, string? Incomplete = null)
{
    /// <summary>Missing months (in month order per force, as the assessment lists them) joined into ranges; streams, so a long run is never held month by month.</summary>
    public static IReadOnlyList<MissingRange> Of(IEnumerable<MissingMonth> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        var ranges = new List<MissingRange>();
        (string Force, YearMonth From, YearMonth To, string? Incomplete)? open = null;
        foreach (var m in months)
        {
            var month = YearMonth.Parse(m.Month);
            if (open is { } o && o.Force == m.Force && o.Incomplete == m.Incomplete && o.To.Index + 1 == month.Index)
            {
                open = o with { To = month };
                continue;
            }
            if (open is { } done) ranges.Add(Close(done));
            open = (m.Force, month, month, m.Incomplete);
        }
        if (open is { } last) ranges.Add(Close(last));
        return ranges;

        static MissingRange Close((string Force, YearMonth From, YearMonth To, string? Incomplete) r) =>
            new(r.Force, r.From.ToString(), r.To.ToString(), r.To.Index - r.From.Index + 1, r.Incomplete);
    }
}
