using System.Globalization;
using System.Text;

namespace Csp.Reporting.Tests.Support;

/// <summary>
/// A stand-in for a full Strategic Assessment as HTML, until the HTML renderer exists: A4 pages, a heading, numbered
/// paragraphs and a ten-row table per section, and one figure per section drawn as inline SVG, bar charts (720 x 400 CSS
/// pixels) and choropleth maps (480 x 520, 240 shaded areas of 24 points each, as an LSOA map is). Thirty sections print
/// to about forty pages. Seeded, so every run draws the same document. Also compiled into the benchmarks.
/// </summary>
internal static class LongReportHtml
{
    public const int Sections = 30;

    public static string FigureId(int section) => "figure-" + section.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> FigureIds { get; } = Enumerable.Range(1, Sections).Select(FigureId).ToList();

    public static bool IsMap(int section) => section % 3 == 0;

    public static string Build(int sections = Sections, bool figuresOnly = false)
    {
        var random = new Random(2025);
        var html = new StringBuilder(2_000_000);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en-GB"><head><meta charset="utf-8"><title>Strategic Assessment 2025 (test document)</title>
            <style>
              @page { size: A4; margin: 22mm 18mm 20mm 18mm; }
              body { font-family: Arial, 'Liberation Sans', sans-serif; font-size: 11pt; line-height: 1.4; color: #111; margin: 0; }
              h1 { font-size: 22pt; color: #1f4e79; }
              h2 { font-size: 15pt; color: #1f4e79; break-after: avoid; margin-top: 1.2em; }
              p.numbered { margin: 0.4em 0; }
              table { border-collapse: collapse; width: 100%; font-size: 9.5pt; margin: 0.8em 0; break-inside: avoid; }
              th { background: #1f4e79; color: white; text-align: left; padding: 3px 6px; }
              td { border-bottom: 1px solid #ccc; padding: 3px 6px; }
              td.n { text-align: right; font-variant-numeric: tabular-nums; }
              figure { margin: 1em 0; break-inside: avoid; width: fit-content; }
              figcaption { font-size: 9pt; color: #444; }
              figure svg { display: block; max-width: 100%; height: auto; }
            </style></head><body>
            <h1>Community Safety Strategic Assessment 2025</h1>
            """);
        for (var s = 1; s <= sections; s++)
        {
            if (!figuresOnly) html.Append(CultureInfo.InvariantCulture, $"<h2>{s}. Section {s}: crime type under review</h2>\n");
            for (var p = 1; p <= (figuresOnly ? 0 : 4); p++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p class=\"numbered\">{s}.{p} ");
                for (var w = 0; w < 70; w++) html.Append(Words[random.Next(Words.Length)]).Append(' ');
                html.Append("in the year ending September 2025.</p>\n");
            }
            if (!figuresOnly) html.Append("<table><thead><tr><th>Category</th><th>YE Sep 2024</th><th>YE Sep 2025</th><th>% change</th><th>Per 1,000</th></tr></thead><tbody>\n");
            for (var r = 0; r < (figuresOnly ? 0 : 10); r++)
            {
                var before = random.Next(50, 4000);
                var after = (int)(before * (0.7 + random.NextDouble() * 0.6));
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{Categories[r]}</td><td class=\"n\">{before:N0}</td><td class=\"n\">{after:N0}</td><td class=\"n\">{100.0 * (after - before) / before:F1}%</td><td class=\"n\">{after / 106.972:F2}</td></tr>\n");
            }
            if (!figuresOnly) html.Append("</tbody></table>\n");
            html.Append(CultureInfo.InvariantCulture, $"<figure id=\"{FigureId(s)}\">");
            if (IsMap(s)) AppendMap(html, random); else AppendChart(html, random);
            html.Append(CultureInfo.InvariantCulture, $"<figcaption>Figure {s}. {(IsMap(s) ? "Rate per 1,000 residents by LSOA" : "Crimes by month")}.</figcaption></figure>\n");
        }
        html.Append("</body></html>\n");
        return html.ToString();
    }

    private static void AppendChart(StringBuilder html, Random random)
    {
        html.Append("""<svg xmlns="http://www.w3.org/2000/svg" width="720" height="400" viewBox="0 0 720 400" role="img" aria-label="Bar chart">""");
        html.Append("""<rect width="720" height="400" fill="white"/><line x1="60" y1="360" x2="700" y2="360" stroke="#333"/><line x1="60" y1="20" x2="60" y2="360" stroke="#333"/>""");
        for (var i = 0; i < 12; i++)
        {
            var h = random.Next(40, 320);
            var x = 70 + i * 52;
            html.Append(CultureInfo.InvariantCulture, $"""<rect x="{x}" y="{360 - h}" width="40" height="{h}" fill="{(i == 11 ? "#c00000" : "#1f4e79")}"/>""");
            html.Append(CultureInfo.InvariantCulture, $"""<text x="{x + 20}" y="378" font-size="11" text-anchor="middle" font-family="Arial, sans-serif">{Months[i]}</text>""");
        }
        for (var t = 0; t <= 4; t++)
        {
            html.Append(CultureInfo.InvariantCulture, $"""<text x="54" y="{364 - t * 80}" font-size="11" text-anchor="end" font-family="Arial, sans-serif">{t * 100}</text>""");
        }
        html.Append("</svg>");
    }

    private static void AppendMap(StringBuilder html, Random random)
    {
        html.Append("""<svg xmlns="http://www.w3.org/2000/svg" width="480" height="520" viewBox="0 0 480 520" role="img" aria-label="Map">""");
        string[] shades = ["#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b"];
        for (var a = 0; a < 240; a++)
        {
            var cx = 30 + (a % 15) * 28 + random.NextDouble() * 6;
            var cy = 30 + (a / 15) * 29 + random.NextDouble() * 6;
            html.Append(CultureInfo.InvariantCulture, $"""<path fill="{shades[random.Next(shades.Length)]}" stroke="#555" stroke-width="0.5" d="M""");
            for (var k = 0; k < 24; k++)
            {
                var angle = k * Math.PI * 2 / 24;
                var radius = 13 + random.NextDouble() * 4;
                html.Append(CultureInfo.InvariantCulture, $"{(k == 0 ? "" : "L")}{cx + radius * Math.Cos(angle):F1},{cy + radius * Math.Sin(angle):F1}");
            }
            html.Append("Z\"/>");
        }
        html.Append("</svg>");
    }

    private static readonly string[] Months = ["Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"];

    private static readonly string[] Categories =
    [
        "Total crime", "Violence against the person", "Anti-social behaviour", "Criminal damage and arson", "Burglary",
        "Robbery", "Vehicle offences", "Shoplifting", "Public order offences", "Drugs",
    ];

    private static readonly string[] Words =
    [
        "recorded", "crime", "partnership", "residents", "increase", "decrease", "compared", "with", "the", "previous", "year",
        "Gravesham", "district", "ward", "rate", "per", "1,000", "population", "victims", "offenders", "night-time", "economy",
        "town", "centre", "reports", "police", "council", "housing", "youth", "service", "priority", "harm", "repeat", "locations",
    ];
}
