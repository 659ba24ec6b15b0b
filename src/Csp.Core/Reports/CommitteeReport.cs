using System.Globalization;
using Csp.Core.Assessment;
using Csp.Core.Offences;
using Csp.Core.Priorities;

namespace Csp.Core.Reports;

/// <summary>
/// The report to the Crime and Disorder Scrutiny Committee, laid out as the seeds' reports are: the front sheet
/// (classification, key decision, report to, date, reporting officer, subject), the purpose and summary, the
/// recommendations, then numbered sections: the introduction, the key findings, the recommended priorities, a section per
/// category with its table ("Strategic Assessment 2025: Violent crime data": the CSP's districts and the county, count last
/// year and this, number and % change, per 1,000 pop.), where crime happens, and the commentary. The words that are not
/// computed come from the partnership's template.
/// </summary>
public static class CommitteeReport
{
    public const string Kind = "committee";

    /// <summary>The template's sections this report uses, in order.</summary>
    public static readonly IReadOnlyList<string> TemplateSections = ["Purpose and summary of report", "Recommendations", "Introduction", "Commentary"];

    /// <summary>The categories given their own section when the template does not name them: Total crime, then the recommended priorities.</summary>
    public const int DefaultPrioritySections = 5;

    /// <summary>How many key findings the report lists (more when the current priorities need them).</summary>
    public const int KeyFindings = 8;

    public static ReportDocument Build(ReportInputs inputs)
    {
        var a = inputs.Assessment;
        var values = ReportWords.Placeholders(inputs);
        var template = inputs.Template;
        var year = ReportWords.Year(a);
        var subject = template.Field("subject", values) ?? $"Community Safety Strategic Assessment {year}: {a.Area.Name}";
        var source = Source(a);

        List<CoverField> cover =
        [
            new("Key decision", template.Field("key decision", values) ?? "No"),
            new("Report to", template.Field("report to", values) ?? "Crime and Disorder Scrutiny Committee"),
            new("Date", values["date"]),
            new("Reporting officer", template.Field("reporting officer", values) ?? "Community Safety Manager"),
            new("Subject", subject),
        ];

        List<ReportBlock> summary = [new SubheadingBlock("Purpose and summary of report")];
        var purpose = template.Section("Purpose and summary of report", values);
        summary.AddRange(purpose is null
            ? [new ParagraphBlock($"This report provides Members with the findings of {values["assessment"]}: {a.Period.Label} compared with {a.Baseline.Label}.")]
            : purpose.Paragraphs.Select(p => (ReportBlock)new ParagraphBlock(p)));
        if (a.Partial) summary.Add(new NoteBlock(PartialNote(a), NoteKind.Warning));
        summary.Add(new SubheadingBlock("Recommendations"));
        var recommendations = template.Section("Recommendations", values)?.Parts.Select(p => p.Text).ToList();
        summary.Add(new ListBlock(recommendations is { Count: > 0 } ? recommendations : ["Members are invited to note and comment upon the content of the report."], Numbered: true));

        var sections = new List<ReportSection>();
        var n = 0;
        string Next() => (++n).ToString(CultureInfo.InvariantCulture);

        var introduction = template.Section("Introduction", values);
        if (introduction is not null) sections.Add(Numbered(Next(), "Introduction", introduction.Parts));

        var total = a.Rows.FirstOrDefault(r => r.Category == OffenceScheme.TotalCrime);
        var key = Next();
        List<ReportBlock> findings =
        [
            new ParagraphBlock($"The Strategic Assessment compares recorded crime and anti-social behaviour in {a.Area.Name} in {a.Period.Label} with {a.Baseline.Label}" +
                (a.Population is { } pop ? $", among {pop.ToString("N0", ReportWords.EnGb)} residents (ONS {a.PopulationYear})." : "."), key + ".1"),
        ];
        // By importance, with one for each current priority of the partnership (FindingWriter.Key), not the first eight.
        var headline = FindingWriter.Key(a, KeyFindings);
        if (headline.Count > 0)
        {
            findings.Add(new ParagraphBlock("The main findings are:", key + ".2"));
            findings.Add(new ListBlock(headline));
        }
        sections.Add(new ReportSection(key, $"Strategic Assessment {year}: key findings", findings));

        // Seed 004: the series table of each district of the partnership (and its total), one after another.
        var perArea = SeriesTable.PerArea(a, Rows(inputs), inputs.SmallNumbers);
        if (perArea.Count > 0)
        {
            var t = Next();
            var years = a.Rows.FirstOrDefault()?.Series.Count ?? 0;
            List<ReportBlock> blocks = [new ParagraphBlock($"Recorded crime in each district of {inputs.Partnership ?? a.Area.Name}, the same months in each year the data holds ({years} in all):", t + ".1")];
            blocks.AddRange(perArea.Select(table => new TableBlock(table)));
            sections.Add(new ReportSection(t, years >= 3 ? "Three-year picture" : "The picture over time", blocks));
        }

        var priorities = a.Priorities.Where(p => p.Recommended || p.CurrentPriority).ToList();
        if (priorities.Count > 0)
        {
            var p = Next();
            var recommended = a.Priorities.Count(x => x.Recommended);
            var lead = recommended > 0
                ? "Scoring every category on the partnership's criteria (volume, harm, trend, community concern, partnership added value, the police control strategy and horizon scanning) recommends these priorities for the management group to accept or change"
                : "No category scores high enough on the partnership's criteria to be recommended";
            var withCurrent = priorities.Any(x => x.CurrentPriority && !x.Recommended) ? "; the partnership's current priorities are shown beside them" : "";
            sections.Add(new ReportSection(p, "Recommended priorities",
            [
                new ParagraphBlock($"{lead}{withCurrent}. {PriorityScoring.ThresholdRule}", p + ".1"),
                new TableBlock(PriorityTable.Of("Recommended priorities", $"Strategic Assessment {year}: recommended priorities", priorities, unentered: PriorityScoring.UnenteredIn(a))),
            ]));
        }

        foreach (var category in Categories(inputs, values))
        {
            var row = a.Rows.FirstOrDefault(r => r.Category == category);
            if (row is null) continue;
            var s = Next();
            List<ReportBlock> blocks = [];
            var i = 0;
            foreach (var sentence in CommitteeReport.Sentences(a, row)) blocks.Add(new ParagraphBlock(sentence, $"{s}.{++i}"));
            blocks.Add(new TableBlock(PeriodComparisonTable.AcrossAreas($"{category} data", $"Strategic Assessment {year}: {category} data", category, a, Rows(inputs), inputs.SmallNumbers)));
            if (row.Category == OffenceScheme.TotalCrime && inputs.Siblings.Count > 2)
            {
                blocks.Add(new ChartBlock(RankChart.Rates("rank-total-crime", a, inputs.Siblings, category, source)));
            }
            sections.Add(new ReportSection(s, category, blocks));
        }

        if (total is not null && inputs.MapAreas.Count > 1)
        {
            var w = Next();
            sections.Add(new ReportSection(w, "Where crime happens",
            [
                new ParagraphBlock($"The map shades each area of {a.Area.Name} by its rate of recorded crime per 1,000 residents in {a.Period.Label}.", w + ".1"),
                new MapBlock(RateMap.Rates("map-total-crime", a, inputs.MapAreas, inputs.Outline, OffenceScheme.TotalCrime, inputs.SmallNumbers, source)),
            ]));
        }

        var commentary = template.Section("Commentary", values);
        if (commentary is not null) sections.Add(Numbered(Next(), "Commentary", commentary.Parts));

        return new ReportDocument(Kind, subject, values["council"] is { Length: > 0 } council ? council : null, inputs.Classification, cover, summary, sections, ReportSources.Of(inputs));
    }

    /// <summary>The template's "sections" field (categories separated by commas), else Total crime and the top recommended priorities.</summary>
    private static IEnumerable<string> Categories(ReportInputs inputs, IReadOnlyDictionary<string, string> values)
    {
        var named = inputs.Template.Field("sections", values);
        if (named is { Length: > 0 })
        {
            return named.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(c => inputs.Assessment.Rows.FirstOrDefault(r => string.Equals(r.Category, c, StringComparison.OrdinalIgnoreCase))?.Category ?? c);
        }
        return new[] { OffenceScheme.TotalCrime }
            .Concat(inputs.Assessment.Priorities.Where(p => p.Recommended).Select(p => p.Category).Take(DefaultPrioritySections))
            .Concat(inputs.Assessment.Priorities.Where(p => p.CurrentPriority).Select(p => p.Category))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The areas in the seeds' tables: the neighbours given, else the area alone.</summary>
    internal static IReadOnlyList<AssessmentResult> Rows(ReportInputs inputs) => inputs.Neighbours.Count > 0 ? inputs.Neighbours : [inputs.Assessment];

    /// <summary>
    /// What a category's section says: the findings about it, led by its figures in one sentence when the findings leave
    /// the change out (they state a change only for a group or a significant one).
    /// </summary>
    internal static IEnumerable<string> Sentences(AssessmentResult a, AssessmentRow row)
    {
        var findings = FindingWriter.ForCategory(a, row);
        return FindingWriter.StatesChange(row) ? findings : findings.Prepend((a.Partial ? "Partial data: " : "") + FindingWriter.Describe(a, row));
    }

    internal static string PartialNote(AssessmentResult a) =>
        $"Partial data: the police data lacks {a.MissingMonths.Select(m => m.Month).Distinct().Count()} month(s) this comparison needs, so the figures cover only the months held and are marked partial.";

    internal static string Source(AssessmentResult a) =>
        $"Source: data.police.uk{(a.County is { } c ? ", " + c.Name : "")}" + (a.PopulationYear is { } y ? $"; ONS mid-{y} population estimates" : "");

    private static ReportSection Numbered(string number, string title, IReadOnlyList<TemplatePart> parts)
    {
        var blocks = new List<ReportBlock>();
        var i = 0;
        var items = new List<string>();
        foreach (var part in parts)
        {
            if (part.IsListItem) { items.Add(part.Text); continue; }
            if (items.Count > 0) { blocks.Add(new ListBlock(items.ToList())); items.Clear(); }
            blocks.Add(new ParagraphBlock(part.Text, $"{number}.{++i}"));
        }
        if (items.Count > 0) blocks.Add(new ListBlock(items));
        return new ReportSection(number, title, blocks);
    }

    internal static ReportSection NumberedSection(string number, string title, IReadOnlyList<TemplatePart> parts) => Numbered(number, title, parts);
}
