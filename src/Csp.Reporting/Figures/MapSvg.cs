using System.Globalization;
using System.Text;
using Csp.Core.Geometry;
using Csp.Core.Reports;

namespace Csp.Reporting.Figures;

/// <summary>
/// Draws a <see cref="ReportMap"/> as SVG from the polygons alone (no tiles): areas shaded in classes of the map's
/// breaks, areas with no figure light grey, withheld figures hatched, context outlines (the district) in black on top,
/// and beside the map the legend with its unit, a scale bar and a north arrow. Every area has a tooltip with its figure.
/// </summary>
internal static class MapSvg
{
    public const int Width = 700;
    private const double MapWidth = 500;
    private const double MaxMapHeight = 560;
    private const double FontSize = 12;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static (string Svg, int Width, int Height) Draw(ReportMap map)
    {
        var points = map.Areas.SelectMany(a => a.Rings).SelectMany(r => r).ToList();
        var legendHeight = 60 + (map.Breaks.Count + 3) * 22;
        if (points.Count == 0)
        {
            var empty = new SvgWriter();
            Begin(empty, map, Width, 120);
            empty.Text(Width / 2.0, 64, "No boundaries are held for these areas.", FontSize + 1, "middle", FigurePalette.MutedInk);
            return (empty.Close("svg").ToString(), Width, 120);
        }

        // Equirectangular with the longitude scaled by the cosine of the middle latitude: true to shape at a district's scale.
        double minLon = points.Min(p => p.Lon), maxLon = points.Max(p => p.Lon), minLat = points.Min(p => p.Lat), maxLat = points.Max(p => p.Lat);
        var cos = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var spanX = Math.Max(1e-9, (maxLon - minLon) * cos);
        var spanY = Math.Max(1e-9, maxLat - minLat);
        var scale = Math.Min((MapWidth - 20) / spanX, (MaxMapHeight - 20) / spanY);
        var mapHeight = spanY * scale + 20;
        var height = (int)Math.Ceiling(Math.Max(mapHeight, legendHeight));
        var offsetX = 10 + (MapWidth - 20 - spanX * scale) / 2;
        var offsetY = 10 + (height - 20 - spanY * scale) / 2;
        (double X, double Y) Project(LonLat p) => (offsetX + (p.Lon - minLon) * cos * scale, offsetY + (maxLat - p.Lat) * scale);

        var svg = new SvgWriter();
        Begin(svg, map, Width, height);
        var hatch = "hatch-" + new string(map.Id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());
        svg.Raw($"<defs><pattern id=\"{hatch}\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">" +
                $"<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a8a8a\" stroke-width=\"2\"/></pattern></defs>");

        var colours = FigurePalette.Classes(map.Breaks.Count + 1);
        foreach (var area in map.Areas.Where(a => !a.Context))
        {
            var fill = area.Suppressed ? $"url(#{hatch})" : area.Value is { } v ? colours[ClassOf(v, map.Breaks)] : FigurePalette.NoData;
            svg.Open("path", ("d", Path(area, Project)), ("fill", fill), ("stroke", "#ffffff"), ("stroke-width", "0.8"), ("fill-rule", "evenodd"))
                .Title($"{area.Name}: {Describe(area, map)}").Close("path");
        }
        foreach (var area in map.Areas.Where(a => a.Context))
        {
            svg.Open("path", ("d", Path(area, Project)), ("fill", "none"), ("stroke", FigurePalette.ContextOutline), ("stroke-width", "1.6"), ("fill-rule", "evenodd"))
                .Title(area.Name).Close("path");
        }

        DrawLegend(svg, map, colours, hatch, MapWidth + 16);
        DrawScaleBar(svg, scale * cos, MapWidth + 16, height - 34, (minLat + maxLat) / 2);
        DrawNorthArrow(svg, MapWidth - 14, 18);
        return (svg.Close("svg").ToString(), Width, height);
    }

    private static void Begin(SvgWriter svg, ReportMap map, int width, int height)
    {
        svg.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {width} {height}"), ("width", width.ToString(CultureInfo.InvariantCulture)),
            ("height", height.ToString(CultureInfo.InvariantCulture)), ("role", "img"), ("aria-label", map.AltText), ("font-family", SvgWriter.FontFamily), ("class", "map"));
        svg.Rect(0, 0, width, height, "#ffffff");
    }

    /// <summary>n breaks make n + 1 classes: below the first, between each pair (lower bound included), from the last up.</summary>
    internal static int ClassOf(double value, IReadOnlyList<double> breaks)
    {
        var c = 0;
        while (c < breaks.Count && value >= breaks[c]) c++;
        return c;
    }

    private static string Path(MapArea area, Func<LonLat, (double X, double Y)> project)
    {
        var d = new StringBuilder();
        foreach (var ring in area.Rings)
        {
            for (var i = 0; i < ring.Count; i++)
            {
                var (x, y) = project(ring[i]);
                d.Append(i == 0 ? 'M' : 'L').Append(SvgWriter.N(x)).Append(',').Append(SvgWriter.N(y));
            }
            d.Append('Z');
        }
        return d.ToString();
    }

    private static string Describe(MapArea area, ReportMap map) =>
        area.Suppressed ? "figure withheld (small number)" : area.Value is { } v ? $"{CellText.Format(v, map.ValueFormat)} {map.LegendTitle.ToLower(EnGb)}" : "no figure";

    private static void DrawLegend(SvgWriter svg, ReportMap map, IReadOnlyList<string> colours, string hatch, double x)
    {
        var y = 24.0;
        foreach (var line in Wrap(map.LegendTitle, 24))
        {
            svg.Text(x, y, line, FontSize, "start", FigurePalette.Ink, "bold");
            y += 16;
        }
        y += 6;
        var text = map.Breaks.Select(b => CellText.Format(b, map.ValueFormat)).ToList();
        List<(string Fill, string Label)> items = [];
        if (map.Breaks.Count == 0) items.Add((colours[0], "all areas"));
        else
        {
            items.Add((colours[0], $"below {text[0]}"));
            for (var i = 1; i < text.Count; i++) items.Add((colours[i], $"{text[i - 1]} to under {text[i]}"));
            items.Add((colours[^1], $"{text[^1]} and above"));
        }
        // Darkest first, as a reader scans a legend from the top for the highest.
        items.Reverse();
        if (map.Areas.Any(a => !a.Context && !a.Suppressed && a.Value is null)) items.Add((FigurePalette.NoData, "no figure"));
        if (map.Areas.Any(a => a.Suppressed)) items.Add(($"url(#{hatch})", "withheld (small number)"));
        foreach (var (fill, label) in items)
        {
            svg.Rect(x, y - 11, 22, 15, fill, "#8a8a8a");
            svg.Text(x + 30, y + 1, label, FontSize - 0.5, "start", FigurePalette.Ink);
            y += 22;
        }
    }

    /// <summary>A bar of a round number of kilometres, about a fifth of the map wide.</summary>
    private static void DrawScaleBar(SvgWriter svg, double pxPerDegreeLon, double x, double y, double latitude)
    {
        var metresPerPx = 111_320.0 * Math.Cos(latitude * Math.PI / 180) / pxPerDegreeLon;
        var target = MapWidth / 5 * metresPerPx;
        double[] steps = [100, 200, 250, 500, 1000, 2000, 2500, 5000, 10_000, 20_000, 25_000, 50_000, 100_000];
        var metres = steps.LastOrDefault(s => s <= target, steps[0]);
        var px = metres / metresPerPx;
        svg.Rect(x, y, px / 2, 5, FigurePalette.Ink);
        svg.Rect(x + px / 2, y, px / 2, 5, "#ffffff", FigurePalette.Ink);
        svg.Text(x, y + 20, "0", FontSize - 1, "middle", FigurePalette.MutedInk);
        svg.Text(x + px, y + 20, metres >= 1000 ? (metres / 1000).ToString("0.#", EnGb) + " km" : metres.ToString("0", EnGb) + " m", FontSize - 1, "middle", FigurePalette.MutedInk);
    }

    private static void DrawNorthArrow(SvgWriter svg, double x, double y)
    {
        svg.Empty("path", ("d", $"M{SvgWriter.N(x)},{SvgWriter.N(y)} l6,16 l-6,-4 l-6,4 Z"), ("fill", FigurePalette.Ink));
        svg.Text(x, y + 30, "N", FontSize - 1, "middle", FigurePalette.Ink, "bold");
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}
