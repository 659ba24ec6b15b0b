using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Briefing;
using Csp.Core.Periods;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Workbench.Assessment;
using Csp.Workbench.Reports;

namespace Csp.Workbench.Briefing;

/// <summary>
/// The ward member briefing (seed 003): a short public (Part 1) document on one ward for its councillors, from the
/// incidents held: counts by category in the period against the baseline, the ward's rank among its district's wards,
/// where incidents are running above their usual level, and the partnership's open tasks there. Every count from 1 to
/// the threshold minus one is withheld (the number is never put in the document), and no incident, address key or
/// victim key is shown.
/// </summary>
public sealed class WardBriefings(AreaIncidents areaIncidents, Taskings taskings, ReportRenderers renderers, TimeProvider clock)
{
    public const string Kind = "ward";

    public async Task<(ReportFile? File, AnswerKind Kind, string? Problem)> MakeAsync(string wardQuery, PeriodComparison periods, ReportFormat format, int suppressBelow,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(periods);
        if (format == ReportFormat.Xlsx) return (null, AnswerKind.BadRequest, "The ward briefing is a web page, PDF or Word document.");
        var (match, ward) = await areaIncidents.ForAsync(wardQuery, cancellationToken).ConfigureAwait(false);
        if (ward is null) return (null, AnswerKind.NotFound, match.Problem);
        if (ward.Area.Level != AreaLevel.Ward) return (null, AnswerKind.BadRequest, $"{ward.Area.Name} is a {ward.Area.Level}: the ward briefing is for a ward (./csp areas {ward.Area.Name} lists its wards).");
        if (ward.Area.ParentCode is not { } districtCode) return (null, AnswerKind.NotFound, $"{ward.Area.Name} has no district in the lookups held.");
        var (_, district) = await areaIncidents.ForAsync(districtCode, cancellationToken).ConfigureAwait(false);
        var tasks = await taskings.ListAsync(new BriefingViewer("ward briefing", "", true, false), openOnly: true, areaCode: ward.Area.Code, cancellationToken).ConfigureAwait(false);
        var document = Document(ward, district!, periods, tasks.Count, Classification.Public(suppressBelow));
        var renderer = renderers.For(format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var name = string.Create(CultureInfo.InvariantCulture, $"ward-briefing-{Slug(ward.Area.Name)}-{periods.Period.ToString().Replace("..", "-", StringComparison.Ordinal)}{renderer.Extension}");
        return (new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label, document.Sections.Count,
            document.Tables().Count(), document.Figures().Count()), AnswerKind.Answered, null);
    }

    private static (DateOnly From, DateOnly To) Days(MonthRange range) =>
        (new DateOnly(range.From.Year, range.From.Month, 1), new DateOnly(range.To.Year, range.To.Month, 1).AddMonths(1).AddDays(-1));

    private static Dictionary<string, int> CountByCategory(IncidentIndex index, MonthRange range, string? place)
    {
        var (from, to) = Days(range);
        var (start, end) = index.Days(from, to);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (place is not null && index.PlaceAt(i) != place) continue;
            counts[index.CategoryAt(i)] = counts.GetValueOrDefault(index.CategoryAt(i)) + 1;
        }
        return counts;
    }

    internal ReportDocument Document(PlacedIncidents ward, PlacedIncidents district, PeriodComparison periods, int openTasks, Classification classification)
    {
        var gb = CultureInfo.GetCultureInfo("en-GB");
        var area = ward.Area;
        var threshold = classification.SuppressBelow;
        bool Small(int n) => n > 0 && n < threshold;
        TableCell Count(int n) => Small(n) ? TableCell.Withheld : TableCell.Of(n);
        var now = CountByCategory(ward.Index, periods.Period, null);
        var before = CountByCategory(ward.Index, periods.Baseline, null);
        var rows = now.Keys.Union(before.Keys).Order(StringComparer.Ordinal).Select(c =>
        {
            int a = now.GetValueOrDefault(c), b = before.GetValueOrDefault(c);
            // A change is withheld with either count: otherwise the withheld one could be worked out from it.
            var change = Small(a) || Small(b) ? TableCell.Withheld : TableCell.Of(a - b);
            var percent = Small(a) || Small(b) || b == 0 ? (Small(a) || Small(b) ? TableCell.Withheld : TableCell.Empty) : TableCell.Of(100.0 * (a - b) / b);
            return new TableRow([TableCell.Of(c), Count(b), Count(a), change, percent]);
        }).ToList();
        int total = now.Values.Sum(), totalBefore = before.Values.Sum();
        rows.Add(new TableRow([TableCell.Of("All incidents"), Count(totalBefore), Count(total), Small(total) || Small(totalBefore) ? TableCell.Withheld : TableCell.Of(total - totalBefore),
            Small(total) || Small(totalBefore) ? TableCell.Withheld : totalBefore == 0 ? TableCell.Empty : TableCell.Of(100.0 * (total - totalBefore) / totalBefore)], RowStyle.Group));
        var table = new ReportTable("ward-incidents", $"Incidents in {area.Name}: {periods.Period.Label()} against {periods.Baseline.Label()}",
            [new("Category", CellFormat.Text), new(periods.Baseline.Label(), CellFormat.Count), new(periods.Period.Label(), CellFormat.Count), new("Change", CellFormat.SignedCount),
                new("% change", CellFormat.PercentChange)],
            rows, threshold > 0 ? [$"* Counts from 1 to {threshold - 1} are withheld, with any change that would reveal them."] : []);

        // Rank among the district's wards by incidents in the period (1 = most).
        var wardTotals = CountByPlace(district.Index, periods.Period);
        var ranked = wardTotals.OrderByDescending(w => w.Value).ThenBy(w => w.Key, StringComparer.Ordinal).Select(w => w.Key).ToList();
        var rank = ranked.IndexOf(area.Name) + 1;
        var rankText = rank > 0
            ? string.Create(gb, $"{area.Name} had the {(rank == 1 ? "" : Ordinal(rank) + " ")}most incidents of the {ranked.Count} wards of {district.Area.Name} with incidents in {periods.Period.Label()}.")
            : $"No incidents were recorded in {area.Name} in {periods.Period.Label()}.";

        var (_, to) = Days(periods.Period);
        var emerging = EmergingHotSpots.Find(ward.Index, new EmergingHotSpotOptions(to.AddDays(1).ToDateTime(TimeOnly.MinValue)));
        var emergingText = emerging.HotSpots.Count == 0
            ? $"No category is running above its usual level in {area.Name} at the end of the period."
            : $"Running above their usual level at the end of the period: {string.Join(", ", emerging.HotSpots.Select(h => h.Category).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))}.";
        var tasksText = openTasks == 0 ? $"The partnership has no open tasks recorded for {area.Name}."
            : Small(openTasks) ? $"The partnership has open tasks in {area.Name} (fewer than {threshold})."
            : string.Create(gb, $"The partnership has {openTasks} open tasks in {area.Name}.");

        var summary = new List<ReportBlock>();
        if (ward.IsDemo) summary.Add(new NoteBlock(PlacedIncidents.DemoLabel, NoteKind.Warning));
        summary.Add(new ParagraphBlock(Small(total)
            ? $"Fewer than {threshold} incidents were recorded in {area.Name} in {periods.Period.Label()}."
            : string.Create(gb, $"{total:N0} incidents were recorded in {area.Name} in {periods.Period.Label()}{(Small(totalBefore) ? "" : $", against {totalBefore:N0} in {periods.Baseline.Label()}")}.")));
        return new ReportDocument(Kind, $"Ward member briefing: {area.Name}", $"{periods.Period.Label()} against {periods.Baseline.Label()}", classification,
            [new CoverField("Ward", $"{area.Name} ({area.Code})"), new CoverField("District", district.Area.Name), new CoverField("Prepared", UkTime.Now(clock).ToString("d MMMM yyyy", gb))],
            summary,
            [
                new ReportSection("1", "Incidents and change", [new TableBlock(table), new ParagraphBlock(rankText)]),
                new ReportSection("2", "Where it is rising, and what the partnership is doing", [new ParagraphBlock(emergingText), new ParagraphBlock(tasksText)]),
            ],
            [new DataSource(ward.IsDemo ? "GENERATED demonstration incidents (not real data)" : "Partner incident records", $"{periods.Baseline.Label()} and {periods.Period.Label()}",
                ward.IsDemo ? "Generated by scripts/generate-demo-incidents.py" : "Partner data", ["Incidents are placed in wards by the nearest LSOA population-weighted centroid."])]);
    }

    private static Dictionary<string, int> CountByPlace(IncidentIndex index, MonthRange range)
    {
        var (from, to) = Days(range);
        var (start, end) = index.Days(from, to);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = start; i < end; i++)
        {
            if (index.PlaceAt(i) is { } p) counts[p] = counts.GetValueOrDefault(p) + 1;
        }
        return counts;
    }

    private static string Ordinal(int n) => n % 100 is 11 or 12 or 13 ? $"{n}th" : (n % 10) switch { 1 => $"{n}st", 2 => $"{n}nd", 3 => $"{n}rd", _ => $"{n}th" };

    private static string Slug(string text) => new(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
