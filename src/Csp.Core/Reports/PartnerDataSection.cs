using Csp.Core.Performance;
using Csp.Core.Periods;

namespace Csp.Core.Reports;

/// <summary>
/// The Strategic Assessment's partner data, in seed 000's tables and order: domestic abuse (as the crime tables, plus the
/// number and % of repeat victims), new entrants to the Youth Justice System (two July-June years by sex), ASB perception
/// (KCVS, change in percentage points) and the probation caseload and tiering (shown as shares). Each table is built by
/// the performance report's own tables (<see cref="SexBreakdownTable"/>, <see cref="PerceptionTable"/>,
/// <see cref="ShareTable"/>) and the performance engine's rows, never worked out a second time; each shows only where
/// partners returned figures for the area and period (a sentence says so where not), with its source, its data lag and
/// an EXAMPLE label where the figures are made up for the demonstration.
/// </summary>
public static class PartnerDataSection
{
    public const string Title = "Partner data";

    public const string IncidentsMeasure = "Domestic abuse incidents";
    public const string RepeatVictimsMeasure = "Domestic abuse repeat victims";
    public const string RepeatShareMeasure = "Domestic abuse repeat victims (%)";
    public const string YouthMeasure = "Youth justice first-time entrants";
    public const string CaseloadMeasure = "Probation caseload";
    public const string CommunityCasesMeasure = "Probation community cases";
    public const string TierMeasure = "Probation caseload by tier (%)";
    private const string PerceptionHeadline = "Perceived high level of ASB (KCVS)";

    /// <summary>The label a table's figures carry when a return marks them as made up for the demonstration.</summary>
    public const string ExampleNote = "EXAMPLE figures, made up for the demonstration (data/sample/returns/README.md): not published figures.";

    /// <summary>True for the domestic abuse measures the section's first table reads: returned, or counted from incident records.</summary>
    public static bool IsDomesticAbuse(Measure measure) =>
        measure.Name.Equals(IncidentsMeasure, StringComparison.OrdinalIgnoreCase) || measure.Name.Equals(RepeatVictimsMeasure, StringComparison.OrdinalIgnoreCase)
        || measure.Name.Equals(RepeatShareMeasure, StringComparison.OrdinalIgnoreCase) || measure.SourceKind == MeasureSourceKind.RepeatVictims
        || (measure.SourceKind == MeasureSourceKind.IncidentCount && measure.SourceKey.Equals("domestic", StringComparison.OrdinalIgnoreCase));

    /// <returns>The section, and the partner returns its tables show, for the document's sources.</returns>
    public static (ReportSection Section, IReadOnlyList<DataSource> Sources) Build(string number, ReportInputs inputs, PartnerFigures partners)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(partners);
        var a = inputs.Assessment;
        var period = ReturnPeriod.Of(new MonthRange(YearMonth.Parse(a.Period.From), YearMonth.Parse(a.Period.To)));
        var baseline = ReturnPeriod.Of(new MonthRange(YearMonth.Parse(a.Baseline.From), YearMonth.Parse(a.Baseline.To)));
        var year = ReportWords.Year(a);
        var n = 0;
        string Next() => $"{number}.{++n}";
        List<ReportBlock> blocks =
        [
            new ParagraphBlock("Figures partners return for the area, beside the police data above: domestic abuse, young people entering the youth justice system, " +
                "perceptions of anti-social behaviour, and the probation caseload. Partners' figures reach us later than the police's: each table says the last day its figures cover.", Next()),
        ];
        var shown = new List<ReturnValue>();
        blocks.AddRange(DomesticAbuse(partners, inputs, period, baseline, year, Next(), shown));
        blocks.AddRange(Youth(partners, period, year, Next(), shown));
        blocks.AddRange(Perception(partners, period, year, Next(), shown));
        blocks.AddRange(Probation(partners, period, year, Next(), shown));
        return (new ReportSection(number, Title, blocks), Sources(shown).ToList());
    }

    /// <summary>The partner returns the tables show, one source each, with the months they cover.</summary>
    private static IEnumerable<DataSource> Sources(IEnumerable<ReturnValue> shown) =>
        shown.Where(v => v.Source is { Length: > 0 }).GroupBy(v => v.Source!, StringComparer.OrdinalIgnoreCase)
            .Select(g => new DataSource(g.Key, $"{g.Min(v => v.Period.Start).ToString("MMM yyyy", ReportWords.EnGb)} - {g.Max(v => v.Period.End).ToString("MMM yyyy", ReportWords.EnGb)}",
                "Partner return (not published at row level)", IsExample(g) ? [ExampleNote] : []))
            .OrderBy(d => d.Name, StringComparer.Ordinal);

    /// <summary>Seed 000's "Domestic abuse data": the crime table's columns plus No. repeat victims and % repeat victims.</summary>
    private static IEnumerable<ReportBlock> DomesticAbuse(PartnerFigures partners, ReportInputs inputs, ReturnPeriod period, ReturnPeriod baseline, string year, string number, List<ReturnValue> shown)
    {
        yield return new SubheadingBlock("Domestic abuse");
        var population = inputs.Neighbours.Concat(inputs.Siblings).Append(inputs.Assessment).Where(r => r.Population is > 0)
            .GroupBy(r => r.Area.Code).ToDictionary(g => g.Key, g => g.First().Population!.Value);
        var rows = new List<TableRow>();
        var returned = new List<string>();
        var counted = new List<string>();
        var used = new List<ReturnValue>();
        var lagging = new List<string>();
        var noBaseline = new List<string>();
        var withheld = false;
        var differenceWithheld = false;
        var generated = false;
        foreach (var result in partners.DomesticAbuse)
        {
            var code = result.Area.Code;
            var label = partners.Areas.FirstOrDefault(x => x.Code == code).Label ?? result.Area.Name;
            PerformanceRow? Row(Func<Measure, bool> which) => result.Measures.Select((m, i) => (m, i)).Where(x => which(x.m)).Select(x => result.Rows[x.i]).FirstOrDefault();
            bool Named(Measure m, string name) => m.Name.Equals(name, StringComparison.OrdinalIgnoreCase);
            var incidents = Row(m => Named(m, IncidentsMeasure));
            var records = Row(m => m.SourceKind == MeasureSourceKind.IncidentCount);
            var share = Row(m => m.SourceKind == MeasureSourceKind.RepeatVictims);
            PerformanceRow? chosen = null;
            decimal? before = null;
            // The partnership's count withheld because it would give away a small difference from its districts' (PartnershipDifference).
            var countWithheld = false;
            if (incidents?.Value is not null && Covering(partners.Values, IncidentsMeasure, code, period) is { } inPeriod)
            {
                chosen = incidents;
                used.AddRange(inPeriod);
                if (Covering(partners.Values, IncidentsMeasure, code, baseline) is { } inBaseline)
                {
                    before = incidents.BaselineValue;
                    used.AddRange(inBaseline);
                }
                returned.Add(label);
            }
            else if (records?.Value is not null)
            {
                chosen = records;
                before = records.BaselineValue;
                counted.Add(label);
                generated |= records.Demonstration == PerformanceDemonstration.Generated;
                if (before is null) noBaseline.Add(label);
                if (records.DataTo is { } to && to < period.End) lagging.Add($"{label} to {to.ToString("d MMMM yyyy", ReportWords.EnGb)}");
            }
            else if (records is { DifferenceWithheld: true })
            {
                chosen = records;
                countWithheld = true;
                differenceWithheld = true;
                counted.Add(label);
                generated |= records.Demonstration == PerformanceDemonstration.Generated;
            }
            TableCell repeats = TableCell.Empty, repeatShare = TableCell.Empty;
            if (Covering(partners.Values, RepeatVictimsMeasure, code, period) is { } repeatValues && Row(m => Named(m, RepeatVictimsMeasure))?.Value is { } r)
            {
                // A count of people: 1-4 is withheld from a reader who may not see small numbers, as their share is.
                var few = inputs.Classification.IsPublic && r > 0 && r < inputs.Classification.SuppressBelow;
                repeats = few ? TableCell.Withheld : TableCell.Of((double)r);
                withheld |= few;
                used.AddRange(repeatValues);
            }
            if (Exact(partners.Values, RepeatShareMeasure, code, period) is { Value: { } percent } shareValue)
            {
                // The returned share as the engine shows it to this reader (ShareSuppression): withheld on a base of 1-4.
                var returnedShare = Row(m => Named(m, RepeatShareMeasure));
                repeatShare = returnedShare is { Withheld: true } ? TableCell.Withheld : TableCell.Of((double)percent);
                withheld |= returnedShare is { Withheld: true };
                used.Add(shareValue);
            }
            else if (chosen == records && share is { Withheld: true })
            {
                repeatShare = TableCell.Withheld;
                withheld = true;
            }
            else if (chosen == records && share?.Value is { } s)
            {
                repeatShare = TableCell.Of((double)s);
            }
            if (chosen is null && repeats.Number is null && repeatShare.Number is null && !repeatShare.Suppressed) continue;
            var value = chosen?.Value;
            // The change is the engine's, shown only where the baseline is held whole.
            var compared = before is not null;
            List<TableCell> cells = countWithheld
                ? [TableCell.Of(label), TableCell.Withheld, TableCell.Withheld, TableCell.Withheld, TableCell.Withheld,
                   population.ContainsKey(code) ? TableCell.Withheld : TableCell.Empty, repeats, repeatShare]
                :
                [
                    TableCell.Of(label), before is { } b ? TableCell.Of((double)b) : TableCell.Empty, value is { } v ? TableCell.Of((double)v) : TableCell.Empty,
                    compared && chosen?.Change is { } c ? TableCell.Of((double)c) : TableCell.Empty,
                    compared && chosen?.PercentChange is { } pc ? TableCell.Of((double)pc) : TableCell.Empty,
                    value is { } count && population.TryGetValue(code, out var residents) ? TableCell.Of((double)Math.Round(count * 1000m / residents, 2, MidpointRounding.AwayFromZero)) : TableCell.Empty,
                    repeats, repeatShare,
                ];
            rows.Add(new TableRow(cells));
        }
        if (rows.Count == 0)
        {
            yield return new ParagraphBlock($"No domestic abuse figures are held for {Names(partners)} for {period.LongLabel()}: no partner return covers the whole period, " +
                "and no incident records of it are held.", number);
            yield break;
        }
        yield return new ParagraphBlock($"Domestic abuse incidents in {period.LongLabel()} against {baseline.LongLabel()}, and the victims who were repeat victims.", number);
        List<string> notes = [];
        if (returned.Count > 0)
        {
            notes.Add($"{string.Join(", ", returned)}: {Say(used)} (partner return, not published at row level), for the whole period to {End(period)}.");
        }
        if (counted.Count > 0)
        {
            notes.Add($"{string.Join(", ", counted)}: counted from the partner incident records held; % repeat victims is the share of domestic abuse incidents whose victim " +
                "(a pseudonymised victim key, never a name) had another in the previous 12 months. The number of repeat victims is not shown from incident records.");
        }
        if (noBaseline.Count > 0)
        {
            notes.Add($"{string.Join(", ", noBaseline)}: no incident records are held for the whole baseline ({baseline.LongLabel()}), so no change is given.");
        }
        if (lagging.Count > 0)
        {
            notes.Add($"Data lag: incident records are held only up to {string.Join(", ", lagging)}; the baseline is cut to the same months.");
        }
        if (population.Count > 0 && inputs.Assessment.PopulationYear is { } popYear) notes.Add($"Per 1,000 pop: ONS mid-{popYear} residents, as the crime tables above.");
        notes.Add("No. repeat victims and % repeat victims are for the latest period.");
        if (withheld) notes.Add(ShareSuppression.Note(inputs.Classification));
        if (differenceWithheld) notes.Add(PartnershipDifference.Note(inputs.Classification));
        notes.AddRange(partners.Notes);
        if (IsExample(used)) notes.Add(ExampleNote);
        shown.AddRange(used);
        // Incident records generated for the demonstration are labelled as an example return is.
        yield return new TableBlock(new ReportTable("Domestic abuse data", $"Strategic Assessment {year}: Domestic abuse data{(generated ? " (EXAMPLE)" : Marked(used))}",
        [
            new("", CellFormat.Text), new(baseline.Label(), CellFormat.Count), new(period.Label(), CellFormat.Count), new("No. change", CellFormat.SignedCount),
            new("% change", CellFormat.PercentChange), new("Per 1,000 pop", CellFormat.Rate), new("No. repeat victims", CellFormat.Count), new("% repeat victims", CellFormat.Percent),
        ], rows, notes));
    }

    /// <summary>Seed 000's "New entrants to the Youth Justice System": the last two July-June years returned by the end of the period.</summary>
    private static IEnumerable<ReportBlock> Youth(PartnerFigures partners, ReturnPeriod period, string year, string number, List<ReturnValue> shown)
    {
        yield return new SubheadingBlock("Young people entering the youth justice system");
        var ofMeasure = partners.Values.Where(v => v.Measure.Equals(YouthMeasure, StringComparison.OrdinalIgnoreCase) && Breakdown.Get(v.Breakdown, "sex") is not null).ToList();
        var years = ofMeasure.Select(v => v.Period).Where(p => p.IsWholeMonths && p.MonthCount == 12 && p.Start.Month == 7).Distinct().ToList();
        var second = Latest(years, period);
        var first = second?.ShiftMonths(-12);
        if (second is not { } s || first is not { } f || !years.Contains(f))
        {
            yield return new ParagraphBlock($"No new entrants to the Youth Justice System are returned by sex for two July-June years ending in the twelve months to {End(period)} " +
                $"for {Names(partners)}.", number);
            yield break;
        }
        var areas = partners.Areas.Where(x => ofMeasure.Any(v => v.AreaCode == x.Code && (v.Period == f || v.Period == s))).ToList();
        var used = ofMeasure.Where(v => areas.Any(x => x.Code == v.AreaCode) && (v.Period == f || v.Period == s)).ToList();
        yield return new ParagraphBlock("Young people aged 10-17 receiving their first youth caution or conviction, by sex, in the latest two youth justice years returned (July-June).", number);
        shown.AddRange(used);
        yield return new TableBlock(Sourced(SexBreakdownTable.Build("Youth justice entrants", $"Strategic Assessment {year}: New entrants to the Youth Justice System{Marked(used)}", ofMeasure, YouthMeasure, areas, f, s),
            used, s, period));
    }

    /// <summary>Seed 000's "ASB perception" (KCVS): the latest survey period returned by behaviour against the same period a year before.</summary>
    private static IEnumerable<ReportBlock> Perception(PartnerFigures partners, ReturnPeriod period, string year, string number, List<ReturnValue> shown)
    {
        yield return new SubheadingBlock("Perceptions of anti-social behaviour");
        var any = false;
        foreach (var (code, label) in partners.Areas)
        {
            var ofArea = partners.Values.Where(v => v.AreaCode == code && v.Measure.Equals(PerformanceReport.PerceptionMeasure, StringComparison.OrdinalIgnoreCase)
                && Breakdown.Get(v.Breakdown, "behaviour") is not null).ToList();
            if (Latest(ofArea.Select(v => v.Period).Distinct().ToList(), period) is not { } latest) continue;
            var earlier = latest.ShiftMonths(-12);
            if (!ofArea.Any(v => v.Period == earlier)) continue;
            var used = partners.Values.Where(v => v.AreaCode == code && (v.Period == latest || v.Period == earlier)
                && (v.Measure.Equals(PerformanceReport.PerceptionMeasure, StringComparison.OrdinalIgnoreCase) || v.Measure.Equals(PerceptionHeadline, StringComparison.OrdinalIgnoreCase))).ToList();
            yield return new ParagraphBlock($"{label}: the percentage of respondents to the Kent Crime and Victimisation Survey saying each kind of anti-social behaviour is a problem " +
                $"in their area, {latest.LongLabel()} against {earlier.LongLabel()}.", any ? null : number);
            shown.AddRange(used);
            yield return new TableBlock(Sourced(PerceptionTable.Build($"ASB perception {label}", $"Strategic Assessment {year}: ASB perception, {label}{Marked(used)}", partners.Values, PerformanceReport.PerceptionMeasure,
                "behaviour", "ASB behaviour", code, earlier, latest, [(PerceptionHeadline, "% perceived high level of ASB")]), used, latest, period));
            any = true;
        }
        if (!any)
        {
            yield return new ParagraphBlock($"No survey of perceptions of anti-social behaviour is returned by behaviour for {Names(partners)} for a period ending in the twelve months " +
                $"to {End(period)} and the same period a year before.", number);
        }
    }

    /// <summary>Seed 000's probation caseload and tiering: counts and their shares by sentence type and requirement, the tiers as returned shares.</summary>
    private static IEnumerable<ReportBlock> Probation(PartnerFigures partners, ReturnPeriod period, string year, string number, List<ReturnValue> shown)
    {
        yield return new SubheadingBlock("Probation caseload and tiering");
        var any = false;
        foreach (var (code, label) in partners.Areas)
        {
            var ofArea = partners.Values.Where(v => v.AreaCode == code && (v.Measure.Equals(CaseloadMeasure, StringComparison.OrdinalIgnoreCase)
                || v.Measure.Equals(CommunityCasesMeasure, StringComparison.OrdinalIgnoreCase) || v.Measure.Equals(TierMeasure, StringComparison.OrdinalIgnoreCase))).ToList();
            if (Latest(ofArea.Select(v => v.Period).Distinct().ToList(), period) is not { } latest) continue;
            var used = ofArea.Where(v => v.Period == latest).ToList();
            shown.AddRange(used);
            yield return new ParagraphBlock($"{label}: the offenders on the probation caseload by sentence type, the community cases by requirement, and the caseload by tier of the " +
                $"Offender Tiering Framework (Tier 1 punish, 2 help, 3 change, 4 control), as shares.", any ? null : number);
            foreach (var (measure, key, header, caption) in new[]
            {
                (CaseloadMeasure, "sentence", "Sentence type", "Probation caseload by sentence type"),
                (CommunityCasesMeasure, "requirement", "Requirement", "Community cases by requirement"),
                (TierMeasure, "tier", "Tier", "Caseload tiering"),
            })
            {
                if (!used.Any(v => v.Measure.Equals(measure, StringComparison.OrdinalIgnoreCase) && Breakdown.Get(v.Breakdown, key) is not null)) continue;
                yield return new TableBlock(Sourced(ShareTable.Build($"Probation by {key} {label}", $"Strategic Assessment {year}: {caption}, {label}{Marked(used)}", used, measure, key, header, code, latest),
                    used, latest, period));
            }
            any = true;
        }
        if (!any)
        {
            yield return new ParagraphBlock($"No probation caseload is returned for {Names(partners)} for a period ending in the twelve months to {End(period)}.", number);
        }
    }

    /// <summary>
    /// The latest of the periods that ends by the end of the assessment's period, provided it ends in the twelve months to
    /// it: a partner's figures lag (seed 000's assessment to September 2010 shows the youth justice year to June 2010), but a
    /// year-old figure is not the current picture.
    /// </summary>
    private static ReturnPeriod? Latest(IReadOnlyList<ReturnPeriod> periods, ReturnPeriod period)
    {
        var cutoff = period.End.AddMonths(-12);
        return periods.Where(p => p.End <= period.End && p.End > cutoff).OrderBy(p => p.End).ThenBy(p => p.Start).Cast<ReturnPeriod?>().LastOrDefault();
    }

    /// <summary>The headline figures of a measure that tile the period exactly (one for the year, or twelve months); null when they do not cover it.</summary>
    private static List<ReturnValue>? Covering(IReadOnlyList<ReturnValue> values, string measure, string code, ReturnPeriod period)
    {
        var inside = values.Where(v => v.AreaCode == code && v.Value is not null && Breakdown.IsHeadline(v.Breakdown) && period.Contains(v.Period)
            && v.Measure.Equals(measure, StringComparison.OrdinalIgnoreCase)).OrderBy(v => v.Period.Start).ToList();
        var next = period.Start;
        foreach (var v in inside)
        {
            if (v.Period.Start != next) return null;
            next = v.Period.End.AddDays(1);
        }
        return inside.Count > 0 && next == period.End.AddDays(1) ? inside : null;
    }

    /// <summary>A percentage returned for exactly the period (a share of one period is never made from others).</summary>
    private static ReturnValue? Exact(IReadOnlyList<ReturnValue> values, string measure, string code, ReturnPeriod period) =>
        values.LastOrDefault(v => v.AreaCode == code && v.Period == period && Breakdown.IsHeadline(v.Breakdown) && v.Measure.Equals(measure, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The table with its source, its data lag, and what the partner says of it (approximate, EXAMPLE) in its notes: the
    /// notes go with the table into every format, the Excel sheet included.
    /// </summary>
    private static ReportTable Sourced(ReportTable table, IReadOnlyList<ReturnValue> used, ReturnPeriod latest, ReturnPeriod period)
    {
        List<string> notes = [.. table.Notes, $"Source: {Say(used)} (partner return). {Lag(latest, period)}"];
        if (used.Any(v => v.Note?.Contains("approximate", StringComparison.OrdinalIgnoreCase) == true)) notes.Add("All figures are approximate (the partner says so).");
        if (IsExample(used)) notes.Add(ExampleNote);
        return table with { Notes = notes };
    }

    /// <summary>" (EXAMPLE)" after the caption of a table holding figures made up for the demonstration.</summary>
    private static string Marked(IEnumerable<ReturnValue> used) => IsExample(used) ? " (EXAMPLE)" : "";

    private static string Lag(ReturnPeriod latest, ReturnPeriod period)
    {
        if (latest.End >= period.End) return $"The figures cover to {End(period)}, the end of the assessment period.";
        var months = (period.End.Year - latest.End.Year) * 12 + period.End.Month - latest.End.Month;
        return $"Data lag: the latest figures returned end on {latest.End.ToString("d MMMM yyyy", ReportWords.EnGb)}, {months} month{(months == 1 ? "" : "s")} before the end of the assessment period.";
    }

    private static string End(ReturnPeriod period) => period.End.ToString("d MMMM yyyy", ReportWords.EnGb);

    private static string Say(IEnumerable<ReturnValue> used)
    {
        var sources = used.Select(v => v.Source).OfType<string>().Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return sources.Count == 0 ? "the partner" : string.Join(", ", sources);
    }

    /// <summary>"Dartford, Gravesham, Kent or KCC Area".</summary>
    private static string Names(PartnerFigures partners) => partners.Areas.Count switch
    {
        0 => "the area",
        1 => partners.Areas[0].Label,
        _ => $"{string.Join(", ", partners.Areas.SkipLast(1).Select(x => x.Label))} or {partners.Areas[^1].Label}",
    };

    private static bool IsExample(IEnumerable<ReturnValue> used) => used.Any(v => v.Note?.Contains("EXAMPLE", StringComparison.Ordinal) == true);
}
