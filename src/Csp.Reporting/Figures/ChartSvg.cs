using System.Globalization;
using Csp.Core.Reports;

namespace Csp.Reporting.Figures;

/// <summary>
/// Draws a <see cref="ReportChart"/> as SVG: value axes from zero with nice ticks and light gridlines, axis titles with
/// their units, a legend when there is more than one series, the baseline dashed, the highlighted area in a contrasting
/// colour and in bold, reference lines (the county average, control limits) labelled on the plot, and a tooltip on every
/// point and bar. The title and the source line are not drawn: every format prints them as text around the picture.
/// </summary>
internal static class ChartSvg
{
    public const int Width = 720;
    private const double FontSize = 12;
    private static readonly CultureInfo EnGb = CultureInfo.GetCultureInfo("en-GB");

    public static (string Svg, int Width, int Height) Draw(ReportChart chart) => chart.Kind switch
    {
        ChartKind.Bar => DrawBars(chart),
        _ => DrawOverCategories(chart),
    };

    /// <summary>Line and column charts: the categories (months, periods) along the x axis.</summary>
    private static (string, int, int) DrawOverCategories(ReportChart chart)
    {
        const int height = 380;
        var values = chart.Series.SelectMany(s => s.Values).OfType<double>().Concat(chart.ReferenceLines.Select(r => r.Value));
        var scale = AxisScale.For(values);
        var legendRows = LegendLayout(chart, out var legend);
        double left = 16 + FontSize + 8 + TickLabelWidth(scale), right = Width - 24, top = 20 + legendRows * 20, bottom = height - 50;
        var svg = Begin(chart, height);
        DrawLegend(svg, legend, 12, chart.Kind == ChartKind.Line);
        DrawValueGrid(svg, scale, left, right, top, bottom, vertical: true);
        var middle = (top + bottom) / 2;
        svg.Text(16 + FontSize, middle, chart.YAxisTitle, FontSize, "middle", FigurePalette.Ink, null, $"rotate(-90 {SvgWriter.N(16 + FontSize)} {SvgWriter.N(middle)})");

        var n = chart.Categories.Count;
        var band = n == 0 ? 0 : (right - left) / n;
        double X(int i) => left + (i + 0.5) * band;
        double Y(double v) => scale.Map(v, bottom, top);

        // Category labels, thinned so that they never overlap.
        var widest = chart.Categories.Count == 0 ? 0 : chart.Categories.Max(c => TextWidth(c, FontSize - 1));
        var every = Math.Max(1, (int)Math.Ceiling((widest + 8) / Math.Max(1, band)));
        for (var i = 0; i < n; i += every)
        {
            svg.Text(X(i), bottom + 16, chart.Categories[i], FontSize - 1, "middle", FigurePalette.MutedInk);
        }
        svg.Line(left, bottom, right, bottom, FigurePalette.Axis);
        svg.Text((left + right) / 2, height - 10, chart.XAxisTitle, FontSize, "middle");

        var roleCounts = new Dictionary<SeriesRole, int>();
        // What the reference lines' labels must keep clear of: the data lines' segments and the columns.
        var marks = new List<(double X1, double Y1, double X2, double Y2)>();
        if (chart.Kind == ChartKind.Column)
        {
            var k = chart.Series.Count;
            var barWidth = band * 0.8 / Math.Max(1, k);
            for (var s = 0; s < k; s++)
            {
                var series = chart.Series[s];
                var colour = Colour(chart, s, roleCounts);
                for (var i = 0; i < n && i < series.Values.Count; i++)
                {
                    if (series.Values[i] is not { } v) continue;
                    var fill = chart.HighlightCategory == i && k == 1 ? FigurePalette.Highlight : colour;
                    var x = left + i * band + band * 0.1 + s * barWidth;
                    var (y0, y1) = (Y(Math.Max(0, v)), Y(Math.Min(0, v)));
                    marks.Add((x, y0, x + barWidth, y0));
                    marks.Add((x, y0, x, y1));
                    marks.Add((x + barWidth, y0, x + barWidth, y1));
                    svg.Open("rect", ("x", SvgWriter.N(x)), ("y", SvgWriter.N(y0)), ("width", SvgWriter.N(barWidth)), ("height", SvgWriter.N(Math.Max(0.5, y1 - y0))), ("fill", fill))
                        .Title($"{series.Name}, {series.LabelOf(i, chart.Categories)}: {Value(v, chart)}").Close("rect");
                }
            }
        }
        else
        {
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var series = chart.Series[s];
                var colour = Colour(chart, s, roleCounts);
                var dash = series.Role == SeriesRole.Baseline ? "6 4" : null;
                var width = series.Role == SeriesRole.Current ? 2.5 : 2;
                // A gap in the data is a gap in the line: one path segment per run of values.
                var path = new System.Text.StringBuilder();
                var pen = false;
                for (var i = 0; i < n && i < series.Values.Count; i++)
                {
                    if (series.Values[i] is not { } v) { pen = false; continue; }
                    path.Append(pen ? " L" : " M").Append(SvgWriter.N(X(i))).Append(',').Append(SvgWriter.N(Y(v)));
                    if (pen && series.Values[i - 1] is { } previous) marks.Add((X(i - 1), Y(previous), X(i), Y(v)));
                    else marks.Add((X(i), Y(v), X(i), Y(v)));
                    pen = true;
                }
                svg.Empty("path", ("d", path.ToString().Trim()), ("fill", "none"), ("stroke", colour), ("stroke-width", SvgWriter.N(width)), ("stroke-dasharray", dash), ("stroke-linejoin", "round"));
                var radius = n <= 40 ? 3.5 : 2;
                for (var i = 0; i < n && i < series.Values.Count; i++)
                {
                    if (series.Values[i] is not { } v) continue;
                    var highlighted = chart.HighlightCategory == i;
                    svg.Open("circle", ("cx", SvgWriter.N(X(i))), ("cy", SvgWriter.N(Y(v))), ("r", SvgWriter.N(highlighted ? radius + 2 : radius)),
                            ("fill", series.Role == SeriesRole.Baseline ? "#ffffff" : colour), ("stroke", colour), ("stroke-width", "1.5"))
                        .Title($"{series.Name}, {series.LabelOf(i, chart.Categories)}: {Value(v, chart)}").Close("circle");
                }
            }
        }

        var placed = new List<Box>();
        foreach (var reference in chart.ReferenceLines)
        {
            var y = Y(reference.Value);
            svg.Line(left, y, right, y, FigurePalette.Reference, 1.25, "2 3");
        }
        // Each label just above or below its line, at the right, the left or the middle: the first place where no data line,
        // column or other label runs; else the place crossing the fewest.
        foreach (var reference in chart.ReferenceLines)
        {
            var y = Y(reference.Value);
            var size = FontSize - 1;
            var width = TextWidth(reference.Label, size);
            var candidates = new List<(double X, double Baseline, string Anchor, Box Box)>();
            foreach (var baseline in new[] { y - 4, y + size + 2 })
            {
                foreach (var (x, anchor) in new[] { (right - 2, "end"), (left + 4, "start"), ((left + right) / 2, "middle") })
                {
                    var boxLeft = anchor switch { "end" => x - width, "middle" => x - width / 2, _ => x };
                    candidates.Add((x, baseline, anchor, new Box(boxLeft - 2, baseline - size * 0.75 - 2, boxLeft + width + 2, baseline + size * 0.2 + 2)));
                }
            }
            var best = candidates.MinBy(c => marks.Count(m => c.Box.Crosses(m)) + 10 * placed.Count(p => p.Overlaps(c.Box)));
            placed.Add(best.Box);
            svg.Text(best.X, best.Baseline, reference.Label, size, best.Anchor, FigurePalette.Reference, halo: true);
        }
        return (End(svg), Width, height);
    }

    /// <summary>A rank chart: one horizontal bar per area, in the order given, the area itself highlighted, the county as a line.</summary>
    private static (string, int, int) DrawBars(ReportChart chart)
    {
        var n = chart.Categories.Count;
        const double barHeight = 18, gap = 8;
        List<LegendItem> legend = [];
        var legendRows = chart.Series.Count > 1 ? LegendLayout(chart, out legend) : 0;
        var labelWidth = Math.Min(220, n == 0 ? 40 : chart.Categories.Max(c => TextWidth(c, FontSize, bold: true)) + 12);
        var values = chart.Series.SelectMany(s => s.Values).OfType<double>().Concat(chart.ReferenceLines.Select(r => r.Value)).ToList();
        var scale = AxisScale.For(values);
        var valueLabelWidth = values.Count == 0 ? 0 : values.Max(v => TextWidth(Value(v, chart), FontSize - 1)) + 8;
        double left = labelWidth + 8, right = Width - 16 - valueLabelWidth, top = 26 + legendRows * 20;
        var k = Math.Max(1, chart.Series.Count);
        var rowHeight = barHeight * k + gap;
        var bottom = top + n * rowHeight;
        var height = (int)Math.Ceiling(bottom + 52);
        var svg = Begin(chart, height);
        DrawLegend(svg, legend, 8, line: false);
        DrawValueGrid(svg, scale, left, right, top, bottom, vertical: false);
        double X(double v) => scale.Map(v, left, right);

        var roleCounts = new Dictionary<SeriesRole, int>();
        var colours = chart.Series.Select((_, s) => Colour(chart, s, roleCounts)).ToList();
        var valueLabels = new List<(double X, double Y, string Text, bool Highlighted)>();
        for (var i = 0; i < n; i++)
        {
            var highlighted = chart.HighlightCategory == i;
            var rowTop = top + i * rowHeight + gap / 2;
            svg.Text(left - 8, rowTop + barHeight * k / 2 + 4, chart.Categories[i], FontSize, "end", highlighted ? FigurePalette.Ink : FigurePalette.MutedInk, highlighted ? "bold" : null);
            for (var s = 0; s < chart.Series.Count; s++)
            {
                if (i >= chart.Series[s].Values.Count || chart.Series[s].Values[i] is not { } v) continue;
                var fill = highlighted && k == 1 ? FigurePalette.Highlight : k == 1 ? FigurePalette.Other : colours[s];
                var (x0, x1) = (X(Math.Min(0, v)), X(Math.Max(0, v)));
                var y = rowTop + s * barHeight;
                svg.Open("rect", ("x", SvgWriter.N(x0)), ("y", SvgWriter.N(y)), ("width", SvgWriter.N(Math.Max(0.5, x1 - x0))), ("height", SvgWriter.N(barHeight - 2)), ("fill", fill))
                    .Title($"{chart.Categories[i]}{(k > 1 ? ", " + chart.Series[s].Name : "")}: {Value(v, chart)}").Close("rect");
                valueLabels.Add((x1 + 4, y + barHeight / 2 + 3, Value(v, chart), highlighted));
            }
        }
        svg.Line(left, top, left, bottom, FigurePalette.Axis);
        foreach (var reference in chart.ReferenceLines)
        {
            var x = X(reference.Value);
            svg.Line(x, top - 6, x, bottom, FigurePalette.Reference, 1.5, "4 3");
            svg.Text(x, top - 10, reference.Label, FontSize - 1, x > (left + right) / 2 ? "end" : "start", FigurePalette.Reference, "bold", halo: true);
        }
        // The bars' values last, with a halo. A value whose label would run across a reference line (a bar ending just short
        // of the county's) goes just past the line instead, so the line never strikes a figure through.
        var lines = chart.ReferenceLines.Select(r => X(r.Value)).ToList();
        foreach (var (x, y, text, highlighted) in valueLabels)
        {
            var width = TextWidth(text, FontSize - 1, highlighted);
            var at = x;
            foreach (var line in lines.Order())
            {
                if (line >= at - 3 && line <= at + width + 3) at = line + 5;
            }
            svg.Text(at, y, text, FontSize - 1, "start", highlighted ? FigurePalette.Ink : FigurePalette.MutedInk, highlighted ? "bold" : null, halo: true);
        }
        svg.Text((left + right) / 2, height - 10, chart.YAxisTitle, FontSize, "middle");
        return (End(svg), Width, height);
    }

    private static SvgWriter Begin(ReportChart chart, int height)
    {
        var svg = new SvgWriter();
        svg.Open("svg", ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", $"0 0 {Width} {height}"), ("width", Width.ToString(CultureInfo.InvariantCulture)),
            ("height", height.ToString(CultureInfo.InvariantCulture)), ("role", "img"), ("aria-label", chart.AltText), ("font-family", SvgWriter.FontFamily), ("class", "chart"));
        svg.Rect(0, 0, Width, height, "#ffffff");
        return svg;
    }

    private static string End(SvgWriter svg) => svg.Close("svg").ToString();

    /// <summary>Gridlines and tick labels of the value axis: horizontal lines for a column or line chart, vertical for bars.</summary>
    private static void DrawValueGrid(SvgWriter svg, AxisScale scale, double left, double right, double top, double bottom, bool vertical)
    {
        foreach (var tick in scale.Ticks())
        {
            var label = tick.ToString("N" + scale.Decimals.ToString(CultureInfo.InvariantCulture), EnGb);
            if (vertical)
            {
                var y = scale.Map(tick, bottom, top);
                svg.Line(left, y, right, y, tick == 0 ? FigurePalette.Axis : FigurePalette.Grid);
                svg.Text(left - 6, y + 4, label, FontSize - 1, "end", FigurePalette.MutedInk);
            }
            else
            {
                var x = scale.Map(tick, left, right);
                svg.Line(x, top, x, bottom, tick == 0 ? FigurePalette.Axis : FigurePalette.Grid);
                svg.Text(x, bottom + 16, label, FontSize - 1, "middle", FigurePalette.MutedInk);
            }
        }
    }

    /// <summary>The space a label takes, in SVG pixels.</summary>
    private sealed record Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;

        /// <summary>True when the segment passes through the box (sampled every pixel or so along it).</summary>
        public bool Crosses((double X1, double Y1, double X2, double Y2) s)
        {
            var steps = Math.Max(1, (int)Math.Ceiling(Math.Max(Math.Abs(s.X2 - s.X1), Math.Abs(s.Y2 - s.Y1))));
            for (var i = 0; i <= steps; i++)
            {
                var (x, y) = (s.X1 + (s.X2 - s.X1) * i / steps, s.Y1 + (s.Y2 - s.Y1) * i / steps);
                if (x >= Left && x <= Right && y >= Top && y <= Bottom) return true;
            }
            return false;
        }
    }

    private sealed record LegendItem(string Label, string Colour, bool Dashed, bool Reference, double X, int Row);

    /// <summary>Places the legend items left to right, wrapping; returns the number of rows (0 when a legend would say nothing).</summary>
    private static int LegendLayout(ReportChart chart, out List<LegendItem> items)
    {
        items = [];
        if (chart.Series.Count <= 1 && chart.Kind != ChartKind.Line) return 0;
        if (chart.Series.Count <= 1 && chart.ReferenceLines.Count == 0) return 0;
        var roleCounts = new Dictionary<SeriesRole, int>();
        double x = 16;
        var row = 0;
        foreach (var (series, s) in chart.Series.Select((series, s) => (series, s)))
        {
            var width = 30 + TextWidth(series.Name, FontSize);
            if (x + width > Width - 16 && x > 16) { row++; x = 16; }
            items.Add(new LegendItem(series.Name, Colour(chart, s, roleCounts), series.Role == SeriesRole.Baseline, false, x, row));
            x += width + 18;
        }
        return row + 1;
    }

    private static void DrawLegend(SvgWriter svg, List<LegendItem> items, double top, bool line)
    {
        foreach (var item in items)
        {
            var y = top + item.Row * 20 + 10;
            if (line) svg.Line(item.X, y, item.X + 24, y, item.Colour, 2.5, item.Dashed ? "6 4" : null);
            else svg.Rect(item.X + 6, y - 6, 12, 12, item.Colour);
            svg.Text(item.X + 30, y + 4, item.Label, FontSize, "start", FigurePalette.Ink);
        }
    }

    private static string Colour(ReportChart chart, int s, Dictionary<SeriesRole, int> roleCounts)
    {
        var role = chart.Series[s].Role;
        var sameRole = roleCounts.GetValueOrDefault(role);
        roleCounts[role] = sameRole + 1;
        return FigurePalette.Series(s, role, sameRole);
    }

    /// <summary>A value as its label reads: whole numbers with separators, else two decimals (rates).</summary>
    private static string Value(double v, ReportChart chart)
    {
        var whole = chart.Series.SelectMany(s => s.Values).OfType<double>().All(x => Math.Abs(x - Math.Round(x)) < 1e-9);
        return v.ToString(whole ? "#,0" : "#,0.00", EnGb);
    }

    private static double TickLabelWidth(AxisScale scale) =>
        scale.Ticks().Max(t => TextWidth(t.ToString("N" + scale.Decimals.ToString(CultureInfo.InvariantCulture), EnGb), FontSize - 1));

    /// <summary>An estimate of the width of text in Liberation Sans (Arial's metrics): about 0.55 em a character, more in bold.</summary>
    internal static double TextWidth(string text, double size, bool bold = false) => text.Length * size * (bold ? 0.6 : 0.55);
}
