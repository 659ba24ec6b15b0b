using Csp.Core.Areas;
using Csp.Core.Assessment;
using Csp.Core.Geometry;
using Csp.Core.Offences;
using Csp.Core.Periods;
using Csp.Core.Priorities;
using Csp.Core.Reports;

namespace Csp.Core.Tests.Reports;

/// <summary>
/// A hand-worked county for the report builders: Shire (F) has the partnership "Ayton and Beeton" (P: districts A and B)
/// and "Ceeton" (P2: district C). Ayton has two wards, W1 and W2, one LSOA each. January is the baseline, February the period.
/// Burglary: W1 15 -> 27, W2 5 -> 3 (so Ayton 20 -> 30), Beeton 40 -> 40, Ceeton 10 -> 5; Shire 70 -> 75.
/// ASB: W1 10 -> 5. Residents: W1 6,000, W2 4,000, Ayton 10,000, Beeton 20,000, Ceeton 2,000, Shire 32,000.
/// </summary>
internal static class Shire
{
    public static readonly YearMonth Jan = new(2025, 1), Feb = new(2025, 2);

    private static readonly CrimeCounts Counts = CrimeCounts.Build(
    [
        ("L1", "Burglary", Jan, 15), ("L1", "Burglary", Feb, 27), ("L1", "Anti-social behaviour", Jan, 10), ("L1", "Anti-social behaviour", Feb, 5),
        ("L2", "Burglary", Jan, 5), ("L2", "Burglary", Feb, 3),
        ("LB", "Burglary", Jan, 40), ("LB", "Burglary", Feb, 40),
        ("LC", "Burglary", Jan, 10), ("LC", "Burglary", Feb, 5),
    ]);

    public static readonly AreaModel Areas = BuildAreas();

    private static AreaModel BuildAreas()
    {
        var areas = new List<Area>
        {
            new("F", "Shire", AreaLevel.ForceArea, null),
            new("P", "Ayton and Beeton", AreaLevel.CommunitySafetyPartnership, "F"),
            new("P2", "Ceeton", AreaLevel.CommunitySafetyPartnership, "F"),
            new("A", "Ayton", AreaLevel.District, "P"),
            new("B", "Beeton", AreaLevel.District, "P"),
            new("C", "Ceeton", AreaLevel.District, "P2"),
            new("W1", "Ayton North", AreaLevel.Ward, "A"),
            new("W2", "Ayton South", AreaLevel.Ward, "A"),
        };
        int U(string code) => Counts.Units.ToList().IndexOf(code);
        var units = new Dictionary<string, int[]>
        {
            ["W1"] = [U("L1")], ["W2"] = [U("L2")], ["A"] = [U("L1"), U("L2")], ["B"] = [U("LB")], ["C"] = [U("LC")],
            ["P"] = [U("L1"), U("L2"), U("LB")], ["P2"] = [U("LC")], ["F"] = [U("L1"), U("L2"), U("LB"), U("LC")],
        };
        var population = new Dictionary<(string, int), long>
        {
            [("W1", 2024)] = 6_000, [("W2", 2024)] = 4_000, [("A", 2024)] = 10_000, [("B", 2024)] = 20_000, [("C", 2024)] = 2_000,
            [("F", 2024)] = 32_000, [("P", 2024)] = 30_000, [("P2", 2024)] = 2_000,
        };
        return new AreaModel(areas, units, population, new Dictionary<string, string> { ["A"] = "F", ["B"] = "F", ["C"] = "F" });
    }

    public static AssessmentResult Assess(string code, bool partial = false, IReadOnlyList<string>? currentPriorities = null) => AssessmentEngine.Assess(Counts, Areas, new AssessmentRequest(
        Areas.Find(code)!,
        PeriodComparison.Explicit(new MonthRange(Feb, Feb), new MonthRange(Jan, Jan)),
        new OffenceScheme(OffenceScheme.ParseGroups(CsvRows.Of("Category,Crime type", "Total crime,*", "Total crime,-Anti-social behaviour"), "g", []),
            new Dictionary<string, double> { ["Burglary"] = 126 }),
        PriorityJudgements.Default with { CurrentPriorities = currentPriorities ?? [] }, null, partial ? [new MissingMonth("Shire Police", "2025-03")] : [], partial));

    public static AreaOutline Square(string code, string name, AreaLevel level, double lon, double lat) =>
        new(code, name, level, [[new LonLat(lon, lat), new LonLat(lon + 0.02, lat), new LonLat(lon + 0.02, lat + 0.01), new LonLat(lon, lat + 0.01), new LonLat(lon, lat)]], Approximate: true);

    /// <summary>The inputs of a report on Ayton (or another area), with the given template text.</summary>
    public static ReportInputs Inputs(string code = "A", Classification? classification = null, string template = "", bool partial = false,
        IReadOnlyList<string>? currentPriorities = null, string? council = null)
    {
        var area = Assess(code, partial, currentPriorities);
        var errors = new List<Imports.ImportIssue>();
        var parsed = ReportTemplate.Parse(template, "template.md", [.. CommitteeReport.TemplateSections, .. AssessmentReport.TemplateSections], errors, []);
        Assert.Empty(errors);
        var siblings = Areas.Siblings(Areas.Find(code)!).Select(s => s.Code == code ? area : Assess(s.Code)).OrderBy(s => s.Area.Name, StringComparer.Ordinal).ToList();
        // As the report service gives them: a district's partnership's districts; a partnership's districts and itself.
        IReadOnlyList<AssessmentResult> neighbours = code switch { "A" or "B" => [Assess("A"), Assess("B")], "P" => [Assess("A"), Assess("B"), area], _ => [area] };
        IReadOnlyList<MappedArea> map = code == "A"
            ? [new MappedArea(Square("W1", "Ayton North", AreaLevel.Ward, 0.30, 51.41), Assess("W1")), new MappedArea(Square("W2", "Ayton South", AreaLevel.Ward, 0.30, 51.40), Assess("W2"))]
            : [];
        return new ReportInputs(area, siblings, neighbours, map, null, "Ayton and Beeton", [new ForceCoverage("Shire Police", ["2025-01", "2025-02"])],
            parsed, classification ?? Classification.Public(), new DateOnly(2025, 3, 12)) { Council = council };
    }

    /// <summary>The product's default template of a report kind, as shipped in data/config/report-templates/.</summary>
    public static string DefaultTemplate(string kind)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Csp.slnx"))) dir = dir.Parent;
        return File.ReadAllText(Path.Combine(dir!.FullName, "data", "config", "report-templates", kind + ".md"));
    }

    /// <summary>A table's rows as the renderers write them: "Ayton | 20 | 30 | +10 | +50.0% | 3.00".</summary>
    public static List<string> Lines(ReportTable table) =>
        table.Rows.Select(r => string.Join(" | ", r.Cells.Select((c, i) => CellText.Format(c, table.Columns[i].Format)))).ToList();
}
