using System.Globalization;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Priorities;

namespace Csp.Core.Reports;

/// <summary>
/// The Strategic Assessment document: the key findings; every category with its count, change, rate, share and the
/// significance of its change; the three-year series; how the area compares with its county (rank chart and table);
/// a map of rates by ward or LSOA; a section per category with its findings, its table beside the neighbouring areas and
/// the county, its monthly pattern against the baseline and its rank among the county's areas; the partner data
/// (<see cref="PartnerDataSection"/>: domestic abuse, youth justice, ASB perception, probation); the priority scoring
/// with its reasons; the notes on method; the data sources and their coverage.
/// </summary>
public static class AssessmentReport
{
    public const string Kind = "assessment";

    public static readonly IReadOnlyList<string> TemplateSections = ["Introduction", "Commentary"];

    /// <summary>A crime type gets its own section when it has at least this many in the period or the baseline; fewer are in the tables only.</summary>
    public const int SectionMinimum = FindingWriter.MinimumCount;

    public static ReportDocument Build(ReportInputs inputs)
    {
        var a = inputs.Assessment;
        var values = ReportWords.Placeholders(inputs);
        var template = inputs.Template;
        var year = ReportWords.Year(a);
        var small = inputs.SmallNumbers;
        var source = CommitteeReport.Source(a);
        var title = template.Field("title", values) ?? $"{inputs.Partnership ?? a.Area.Name} Community Safety Strategic Assessment {year}";

        List<CoverField> cover = [new("Area", $"{a.Area.Name} ({a.Area.Code})")];
        if (inputs.Partnership is { } csp && csp != a.Area.Name) cover.Add(new("Community Safety Partnership", csp));
        cover.Add(new("Period", $"{a.Period.Label} compared with {a.Baseline.Label}" + (a.PeriodKind == "explicit" ? "" : $" ({a.PeriodKind})")));
        if (a.Population is { } population) cover.Add(new("Residents", $"{population.ToString("N0", ReportWords.EnGb)} (ONS mid-{a.PopulationYear})"));
        cover.Add(new("Date", values["date"]));
        if (template.Field("author", values) is { } author) cover.Add(new("Prepared by", author));

        List<ReportBlock> summary = [];
        if (a.Partial) summary.Add(new NoteBlock(CommitteeReport.PartialNote(a), NoteKind.Warning));
        summary.Add(new SubheadingBlock("Key findings"));
        var key = FindingWriter.Key(a, 12);
        summary.Add(key.Count > 0 ? new ListBlock(key) : new ParagraphBlock("No change in this period is large enough to report as a finding."));
        var recommended = a.Priorities.Where(p => p.Recommended).Select(p => p.Category).ToList();
        summary.Add(new ParagraphBlock(recommended.Count > 0
            ? $"Recommended priorities: {string.Join(", ", recommended)} (section on priorities)."
            : $"No category scores {PriorityScoring.RecommendationThreshold.ToString("0", ReportWords.EnGb)} or more of 100, the threshold of a recommendation (section on priorities)."));

        var sections = new List<ReportSection>();
        var n = 0;
        string Next() => (++n).ToString(CultureInfo.InvariantCulture);

        var intro = template.Section("Introduction", values);
        if (intro is not null) sections.Add(CommitteeReport.NumberedSection(Next(), "Introduction", intro.Parts));

        var s = Next();
        sections.Add(new ReportSection(s, "Crime and anti-social behaviour at a glance",
        [
            new ParagraphBlock($"Every category of recorded crime and anti-social behaviour in {a.Area.Name}, {a.Period.Label} against {a.Baseline.Label}: groups first (as the partnership defines them), then each police.uk crime type.", s + ".1"),
            new TableBlock(PeriodComparisonTable.AcrossCategories("All categories", $"Strategic Assessment {year}: {a.Area.Name}, all categories", a, a.Rows, small)),
        ]));

        s = Next();
        var seriesYears = a.Rows.FirstOrDefault()?.Series.Count ?? 0;
        List<ReportBlock> overTime = [new ParagraphBlock($"The same months in each year the data holds ({seriesYears} in all), so that the change this year can be seen against the years before.", s + ".1")];
        // Seed 004: each district of the partnership (and the partnership's total) before the area's every category.
        overTime.AddRange(SeriesTable.PerArea(a, CommitteeReport.Rows(inputs), small).Select(t => new TableBlock(t)));
        overTime.Add(new TableBlock(SeriesTable.Of("Series", $"Strategic Assessment {year}: {a.Area.Name} over time", a, a.Rows, small)));
        sections.Add(new ReportSection(s, seriesYears >= 3 ? "Three-year picture" : "The picture over time", overTime));

        if (a.County is { } county && county.Code != a.Area.Code)
        {
            s = Next();
            List<ReportBlock> blocks =
            [
                new ParagraphBlock($"{a.Area.Name} beside {county.Name}: rates per 1,000 residents and changes, and the area's rank among {a.RankedAmong}'s areas.", s + ".1"),
                new TableBlock(CountyComparisonTable.Of("County comparison", $"Strategic Assessment {year}: {a.Area.Name} compared with {county.Name}", a, a.Rows, small)),
            ];
            if (inputs.Siblings.Count > 2)
            {
                blocks.Add(new ChartBlock(RankChart.Rates("county-rank-total-crime", a, inputs.Siblings, OffenceScheme.TotalCrime, source)));
                blocks.Add(new TableBlock(PeriodComparisonTable.AcrossAreas("Total crime by area", $"Strategic Assessment {year}: Total crime across {a.RankedAmong}", OffenceScheme.TotalCrime, a, inputs.Siblings.OrderBy(x => x.Area.Name, StringComparer.Ordinal).ToList(), small)));
            }
            if (MostSimilarGroupTable.Of("Most Similar Group", $"Strategic Assessment {year}: {a.Area.Name} in its Most Similar Group", a, small) is { } msg)
            {
                blocks.Add(new ParagraphBlock($"{a.Area.Name}'s position among the areas of its comparator group ({a.MostSimilarGroup!.Group}) by rate per 1,000 residents, in {a.Period.Label} and in {a.Baseline.Label}: 1 is the lowest rate."));
                blocks.Add(new TableBlock(msg));
            }
            sections.Add(new ReportSection(s, $"How {a.Area.Name} compares", blocks));
        }

        if (inputs.MapAreas.Count > 1)
        {
            s = Next();
            List<ReportBlock> blocks =
            [
                new ParagraphBlock($"Rates of recorded crime and of anti-social behaviour per 1,000 residents across {a.Area.Name}.", s + ".1"),
                new MapBlock(RateMap.Rates("map-total-crime", a, inputs.MapAreas, inputs.Outline, OffenceScheme.TotalCrime, small, source)),
            ];
            if (a.Rows.Any(r => r.Category == PoliceUkCrimeTypes.AntiSocialBehaviour))
            {
                blocks.Add(new MapBlock(RateMap.Rates("map-asb", a, inputs.MapAreas, inputs.Outline, PoliceUkCrimeTypes.AntiSocialBehaviour, small, source)));
            }
            blocks.Add(new TableBlock(AreasTable(a, inputs.MapAreas, small)));
            sections.Add(new ReportSection(s, "Where crime happens", blocks));
        }

        foreach (var row in a.Rows.Where(r => Math.Max(r.Count, r.BaselineCount ?? 0) >= SectionMinimum))
        {
            s = Next();
            var blocks = new List<ReportBlock>();
            var i = 0;
            foreach (var sentence in CommitteeReport.Sentences(a, row)) blocks.Add(new ParagraphBlock(sentence, $"{s}.{++i}"));
            blocks.Add(new ParagraphBlock(Significance(a, row), $"{s}.{++i}"));
            blocks.Add(new TableBlock(PeriodComparisonTable.AcrossAreas($"{row.Category} data", $"Strategic Assessment {year}: {row.Category} data", row.Category, a, CommitteeReport.Rows(inputs), small)));
            if (!small.IsSmallArea(a.Area.Level)) blocks.Add(new ChartBlock(TrendChart.Monthly($"trend-{Slug(row.Category)}", a, row, source)));
            if (inputs.Siblings.Count > 2) blocks.Add(new ChartBlock(RankChart.Rates($"rank-{Slug(row.Category)}", a, inputs.Siblings, row.Category, source)));
            sections.Add(new ReportSection(s, row.Category, blocks));
        }

        IReadOnlyList<DataSource> partnerSources = [];
        if (inputs.Partners is { } partners)
        {
            (var partnerData, partnerSources) = PartnerDataSection.Build(Next(), inputs, partners);
            sections.Add(partnerData);
        }

        if (a.Priorities.Count > 0)
        {
            s = Next();
            sections.Add(new ReportSection(s, "Priority setting",
            [
                new ParagraphBlock("Each crime type and ASB is scored on the partnership's criteria: volume (its share of Total crime, the denominator of every share in this document; ASB, not a crime, against the same total), harm (its share of Total crime's harm-weighted count), trend (a rise, counted in full when significant and half when not; a rise in offences found by police activity, such as drug offences, is not counted), and the judgements the partnership enters (community concern from the consultation, partnership added value, the police control strategy, horizon scanning). Each criterion scores 0 to 100 against the largest candidate, and the score is their weighted mean.", s + ".1"),
                new ParagraphBlock($"{PriorityScoring.ThresholdRule} The management group accepts or changes the recommendation and records its decision.", s + ".2"),
                new TableBlock(PriorityTable.Of("Priority scoring", $"Strategic Assessment {year}: priority scoring", a.Priorities, withCriteria: true, unentered: PriorityScoring.UnenteredIn(a))),
                .. DecisionBlocks(inputs.Decision, s + ".3"),
            ]));
        }

        var commentary = template.Section("Commentary", values);
        if (commentary is not null) sections.Add(CommitteeReport.NumberedSection(Next(), "Commentary", commentary.Parts));

        sections.Add(new ReportSection(Next(), "Notes on method", [new ListBlock(a.Notes)]));

        return new ReportDocument(Kind, title, $"{a.Area.Name}: {a.Period.Label} compared with {a.Baseline.Label}", inputs.Classification, cover, summary, sections,
            [.. ReportSources.Of(inputs), .. partnerSources]);
    }

    /// <summary>The Management Group's decision, when recorded: what it decided, its priorities, and its reasons; else that none is recorded yet.</summary>
    internal static IEnumerable<ReportBlock> DecisionBlocks(Strategy.PriorityDecision? decision, string number)
    {
        if (decision is null)
        {
            yield return new ParagraphBlock("No decision of the management group on these recommendations is recorded yet.", number);
            yield break;
        }
        yield return new SubheadingBlock("The management group's decision");
        yield return new ParagraphBlock(decision.Summary(), number);
        yield return new ListBlock(decision.Priorities.Select(p => $"{p.Name}: {Strategy.StrategyWords.Describe(p.Outcome)}" +
            (p.Rank is { } r ? $" (ranked {r} by the scoring)" : " (not scored: not a police.uk category)")).ToList());
        yield return new ParagraphBlock("Reasons: " + decision.Reasons);
    }

    private static string Significance(AssessmentResult a, AssessmentRow row)
    {
        var standOutMonths = row.MonthsThatStandOut.Select(ReportWords.Month).ToList();
        if (row.PValue is not { } pValue)
        {
            return "No change or significance can be given: the baseline holds no month to compare." +
                   (standOutMonths.Count == 0 ? " No month of the period held stands out from the usual range." : $" Months that stand out from the usual range: {string.Join(", ", standOutMonths)}.");
        }
        var p = pValue < 0.001 ? "p < 0.001" : $"p = {pValue.ToString("0.000", CultureInfo.InvariantCulture)}";
        var standOut = row.MonthsThatStandOut.Select(ReportWords.Month).ToList();
        var months = standOut.Count == 0 ? " No month of the period stands out from the usual range." : $" Months that stand out from the usual range: {string.Join(", ", standOut)}.";
        return (row.Significant == true
            ? $"The change is statistically significant ({p}): more than the variation expected by chance."
            : $"The change is within normal variation ({p}): it could be chance.") + months;
    }

    /// <summary>The figures behind the maps: each ward's (or LSOA's) crimes, rate and ASB, small numbers withheld in public.</summary>
    private static ReportTable AreasTable(AssessmentResult a, IReadOnlyList<MappedArea> areas, SmallNumbers small)
    {
        var withheldAny = false;
        var rows = areas.OrderBy(m => m.Outline.Name, StringComparer.Ordinal).Select(m =>
        {
            var level = m.Outline.Level.ToString();
            TableCell Count(AssessmentRow? r)
            {
                if (r is null) return TableCell.Empty;
                var withheld = small.Withholds(r.Count, level);
                withheldAny |= withheld;
                return withheld ? TableCell.Withheld : TableCell.Of(r.Count);
            }
            TableCell Rate(AssessmentRow? r) => r is null ? TableCell.Empty : small.Withholds(r.Count, level) ? TableCell.Withheld : TableCell.Of(r.RatePer1000);
            var total = m.Figures?.Rows.FirstOrDefault(r => r.Category == OffenceScheme.TotalCrime);
            var asb = m.Figures?.Rows.FirstOrDefault(r => r.Category == PoliceUkCrimeTypes.AntiSocialBehaviour);
            return new TableRow([TableCell.Of(m.Outline.Name), TableCell.Of(m.Outline.Code), Count(total), Rate(total), Count(asb), Rate(asb)]);
        }).ToList();
        List<string> notes = [];
        if (withheldAny) notes.Add(small.Note);
        notes.Add("Ward and LSOA rates use the sums of their LSOAs' ONS population estimates.");
        var level = areas[0].Outline.Level == Areas.AreaLevel.Lsoa ? "LSOA" : "Ward";
        return new ReportTable("Areas", $"Strategic Assessment {ReportWords.Year(a)}: crime and ASB by {level.ToLowerInvariant()}, {a.Period.Label}",
            [new(level, CellFormat.Text), new("Code", CellFormat.Text), new("Crimes", CellFormat.Count), new("Crimes per 1,000", CellFormat.Rate), new("ASB incidents", CellFormat.Count), new("ASB per 1,000", CellFormat.Rate)],
            rows, notes);
    }

    private static string Slug(string category) => new(category.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
