namespace Csp.Core.Performance;

/// <summary>
/// Which rows of a performance table are made of demonstration data, so that each is labelled in the row itself (the
/// page, the command line, the report and the summary published from it), not only in a note a reader may skip.
/// </summary>
public static class PerformanceDemonstration
{
    /// <summary>Counted from the GENERATED demonstration incidents (data/sample/incidents).</summary>
    public const string Generated = "GENERATED";

    /// <summary>Returned figures a partner's file notes as EXAMPLE (data/sample/returns: made up for the demonstration).</summary>
    public const string Example = "EXAMPLE";

    /// <summary>The row's label: "GENERATED demonstration data"; "EXAMPLE figures, not published"; null for real figures.</summary>
    public static string? Label(PerformanceRow row) => row?.Demonstration switch
    {
        Generated => "GENERATED demonstration data",
        Example => "EXAMPLE figures, not published",
        _ => null,
    };

    /// <summary>The measure's name with its label when it has one: "Domestic incidents (GENERATED demonstration data)".</summary>
    public static string Measure(PerformanceRow row) => Label(row) is { } label ? $"{row.Measure} ({label})" : row.Measure;

    /// <param name="generated">The measures counted from GENERATED demonstration incidents.</param>
    /// <param name="values">The returned figures: a measure's row is EXAMPLE when a headline figure of the area (or of one of
    /// its districts) for the period or the baseline is noted EXAMPLE.</param>
    public static PerformanceResult Mark(PerformanceResult result, IReadOnlyCollection<string> generated, IReadOnlyList<ReturnValue> values)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(generated);
        ArgumentNullException.ThrowIfNull(values);
        var period = ReturnPeriod.Of(result.Periods.Period);
        var baseline = ReturnPeriod.Of(result.Periods.Baseline);
        var codes = result.Area.Parts.Select(p => p.Code).Append(result.Area.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var examples = values.Where(v => v.Note is { } note && note.Contains(Example, StringComparison.Ordinal) && codes.Contains(v.AreaCode)
                && Breakdown.IsHeadline(v.Breakdown) && (period.Contains(v.Period) || baseline.Contains(v.Period)))
            .Select(v => v.Measure).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = result.Rows.Select((r, i) =>
        {
            var key = result.Measures[i].SourceKind == MeasureSourceKind.PartnerReturn ? result.Measures[i].SeriesKey : null;
            return generated.Contains(r.Measure, StringComparer.OrdinalIgnoreCase) ? r with { Demonstration = Generated }
                : key is not null && examples.Contains(key) ? r with { Demonstration = Example }
                : r;
        }).ToList();
        return result with { Rows = rows };
    }
}
