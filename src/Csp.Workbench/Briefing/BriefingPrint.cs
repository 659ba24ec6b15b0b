using System.Globalization;
using Csp.Core.Areas;
using Csp.Core.Reports;
using Csp.Reporting.Rendering;
using Csp.Storage;
using Csp.Storage.Areas;
using Csp.Workbench.Reports;

namespace Csp.Workbench.Briefing;

/// <summary>
/// The briefing on one page for the morning meeting: the same figures as the page, through the report renderers (HTML,
/// PDF by Chromium). Restricted (Part 2): it names addresses' keys and lists incidents; it never prints victim keys.
/// Long lists are cut to their first rows with the rest counted, so it stays one page.
/// </summary>
public sealed class BriefingPrint(CspDatabase database, ReportRenderers renderers, TimeProvider clock)
{
    /// <summary>Rows of each list printed before the rest is counted instead.</summary>
    public const int RowsPrinted = 5;

    public const string Kind = "briefing";

    public async Task<ReportFile> RenderAsync(BriefingOutcome outcome, ReportFormat format, CancellationToken cancellationToken)
    {
        var document = await DocumentAsync(outcome, cancellationToken).ConfigureAwait(false);
        var renderer = renderers.For(format);
        using var buffer = new MemoryStream();
        await renderer.RenderAsync(document, buffer, cancellationToken).ConfigureAwait(false);
        var r = outcome.Result!;
        var name = string.Create(CultureInfo.InvariantCulture, $"briefing-{Slug(outcome.Area!.Name)}-{r.Until:yyyy-MM-dd-HHmm}{renderer.Extension}");
        return new ReportFile(buffer.ToArray(), name, renderer.ContentType, document.Title, document.Classification.Label, document.Sections.Count,
            document.Tables().Count(), document.Figures().Count());
    }

    public async Task<ReportDocument> DocumentAsync(BriefingOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var r = outcome.Result ?? throw new ArgumentException("The briefing was not built.", nameof(outcome));
        var area = outcome.Area!;
        var b = BriefingContract.From(outcome);
        var gb = CultureInfo.GetCultureInfo("en-GB");
        var summary = new List<ReportBlock>();
        if (b.DemonstrationData) summary.Add(new NoteBlock(b.DataLabel!, NoteKind.Warning));
        summary.Add(new ParagraphBlock(string.Create(gb,
            $"{b.Total:N0} incidents from {b.Since:ddd d MMM HH:mm} to {b.Until:ddd d MMM HH:mm}{(b.Untimed > 0 ? $" ({b.Untimed} with no time)" : "")}; " +
            $"{b.Emerging.Count} emerging hot spot{(b.Emerging.Count == 1 ? "" : "s")} (about {b.EmergingExpectedFalseAlarms:0.0} a day by chance); " +
            $"{b.RepeatLocations.Count} repeat location{(b.RepeatLocations.Count == 1 ? "" : "s")}; {b.RepeatVictims.Count} repeat victim{(b.RepeatVictims.Count == 1 ? "" : "s")} or caller{(b.RepeatVictims.Count == 1 ? "" : "s")}; " +
            $"{b.NearRepeatAlerts.Count} near-repeat alert{(b.NearRepeatAlerts.Count == 1 ? "" : "s")}; {b.TasksDue.Count} task{(b.TasksDue.Count == 1 ? "" : "s")} due ({b.TasksDue.Count(t => t.Overdue)} overdue).")));

        var first = new List<ReportBlock>
        {
            Table("categories", "Incidents by category", ["Category", "Incidents"], [CellFormat.Text, CellFormat.Count],
                b.Incidents.Select(c => new object?[] { c.Category, c.Count })),
            Table("wards", "Incidents by ward", ["Ward", "Incidents", "Categories"], [CellFormat.Text, CellFormat.Count, CellFormat.Text],
                b.Places.Select(p => new object?[] { p.Name, p.Count, string.Join(", ", p.Categories.Take(3).Select(c => $"{c.Category} {c.Count}")) + (p.Categories.Count > 3 ? $", {p.Categories.Count - 3} more" : "") })),
        };
        if (await MapAsync(area, b, cancellationToken).ConfigureAwait(false) is { } map) first.Insert(1, new MapBlock(map));

        var second = new List<ReportBlock>
        {
            Table("emerging", "Emerging hot spots (500 m cells)", ["Place", "Ward", "Category", "Days", "Recent", "Expected", "p"],
                [CellFormat.Text, CellFormat.Text, CellFormat.Text, CellFormat.Count, CellFormat.Count, CellFormat.Rate, CellFormat.PValue],
                b.Emerging.Select(e => new object?[] { GridReference(e.Place), e.Ward, e.Category, e.Window, e.Recent, e.Expected, e.P })),
            new ParagraphBlock(b.EmergingMethod),
            Table("repeat-locations", "Repeat locations (2 or more in 28 days)", ["Location", "Incidents", "Since last briefing"],
                [CellFormat.Text, CellFormat.Count, CellFormat.Count], b.RepeatLocations.Select(l => new object?[] { l.LocationKey, l.Count, l.SinceLastBriefing })),
            new ParagraphBlock(string.Create(gb,
                $"Repeat victims or callers ({b.RepeatVictims.Minimum} or more incidents in {b.RepeatVictims.Window} days, one since the last briefing): {b.RepeatVictims.Count}. Their keys are personal data and are not printed; entitled users see them on the briefing page.")),
            Table("near-repeats", "Near-repeat alerts", ["Incident", "Category", "When", "Within", "Until", "Earlier nearby"],
                [CellFormat.Text, CellFormat.Text, CellFormat.Text, CellFormat.Text, CellFormat.Text, CellFormat.Count],
                b.NearRepeatAlerts.Select(a => new object?[] { a.IncidentId, a.Category, a.When.ToString("ddd HH:mm", gb), $"{a.Metres:0} m", a.AlertUntil.ToString("d MMM", gb), a.EarlierNearby })),
            new ParagraphBlock(outcome.NearRepeatMethod),
        };
        var third = new List<ReportBlock>
        {
            Table("tasks", "Tasks due (overdue first)", ["Task", "What", "Owner", "Due", "Status"], [CellFormat.Text, CellFormat.Text, CellFormat.Text, CellFormat.Text, CellFormat.Text],
                b.TasksDue.Select(t => new object?[] { t.Reference, t.What, t.OwnerAgency + (t.OwnerOfficer is { } o ? $" ({o})" : ""),
                    t.Due.ToString("d MMM", gb) + (t.Overdue ? $", {t.DaysOverdue} days overdue" : ""), t.Status })),
        };
        var sources = new List<DataSource>
        {
            new(b.DemonstrationData ? "GENERATED demonstration incidents (not real data)" : "Partner incident records (csp import incidents)",
                string.Create(gb, $"{b.Since:d MMM yyyy HH:mm} to {b.Until:d MMM yyyy HH:mm} and the year before"),
                b.DemonstrationData ? "Generated by scripts/generate-demo-incidents.py" : "Partner data: restricted",
                ["Placed in wards by the nearest LSOA population-weighted centroid (approximate near ward edges)."]),
        };
        return new ReportDocument(Kind, $"Daily briefing: {area.Name}", string.Create(gb, $"{b.Since:dddd d MMMM yyyy HH:mm} to {b.Until:dddd d MMMM yyyy HH:mm}"),
            Classification.Restricted(),
            [new CoverField("Area", $"{area.Name} ({area.Code})"), new CoverField("Prepared", string.Create(gb, $"{Core.Periods.UkTime.Now(clock):d MMMM yyyy HH:mm}"))],
            summary,
            [new ReportSection("1", "Since the last briefing", first), new ReportSection("2", "Hot spots, repeats and near repeats", second), new ReportSection("3", "Tasks", third)],
            sources);
    }

    /// <summary>The wards shaded by their incidents in the window (no map when the outlines are not imported).</summary>
    private async Task<ReportMap?> MapAsync(Area area, BriefingContract b, CancellationToken cancellationToken)
    {
        var outlines = await AreaOutlines.ChildrenAsync(database, area, cancellationToken).ConfigureAwait(false);
        if (outlines.Count == 0 || area.Level is not (AreaLevel.District or AreaLevel.CommunitySafetyPartnership)) return null;
        var counts = b.Places.ToDictionary(p => p.Name, p => p.Count, StringComparer.Ordinal);
        var areas = outlines.Select(o => new MapArea(o.Code, o.Name, o.Rings, counts.GetValueOrDefault(o.Name), false)).ToList();
        var max = areas.Max(a => a.Value ?? 0);
        IReadOnlyList<double> breaks = max <= 1 ? [1] : max <= 3 ? [1, 2] : [1, Math.Ceiling(max / 3.0), Math.Ceiling(2 * max / 3.0)];
        return new ReportMap("briefing-map", "Incidents by ward since the last briefing", "Incidents", CellFormat.Count, areas, breaks.Distinct().ToList(),
            b.DemonstrationData ? "Generated demonstration incidents" : "Partner incident records", $"A map of the {areas.Count} wards of {area.Name} shaded by incidents in the window; the table below gives the counts.",
            "Ward shapes are approximate (grown from LSOA population-weighted centroids).");
    }

    private static TableBlock Table(string id, string caption, string[] headers, CellFormat[] formats, IEnumerable<object?[]> rows)
    {
        var all = rows.ToList();
        var cells = all.Take(RowsPrinted).Select(r => new TableRow(r.Select(v => v switch
        {
            null => TableCell.Empty,
            string s => TableCell.Of(s),
            int i => TableCell.Of(i),
            double d => TableCell.Of(d),
            _ => TableCell.Of(Convert.ToString(v, CultureInfo.InvariantCulture) ?? ""),
        }).ToList())).ToList();
        var notes = new List<string>();
        if (all.Count == 0) notes.Add("None.");
        else if (all.Count > RowsPrinted) notes.Add(string.Create(CultureInfo.InvariantCulture, $"And {all.Count - RowsPrinted} more on the briefing page."));
        return new TableBlock(new ReportTable(id, caption, headers.Zip(formats, (h, f) => new TableColumn(h, f)).ToList(), cells, notes));
    }

    /// <summary>"cell 3,25 (E 562738, N 173339)" printed as "E562738 N173339": the cell's centre, which a reader can find.</summary>
    private static string GridReference(string place)
    {
        var open = place.IndexOf("(E ", StringComparison.Ordinal);
        return open < 0 ? place : place[(open + 1)..].TrimEnd(')').Replace("E ", "E", StringComparison.Ordinal).Replace(", N ", " N", StringComparison.Ordinal);
    }

    private static string Slug(string text) => new(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
}
