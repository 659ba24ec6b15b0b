using System.Globalization;
using System.Xml.Linq;
using Csp.Core.Reports;
using Csp.Reporting.Figures;

namespace Csp.Reporting.Tests.Figures;

/// <summary>Labels on the charts, read back from the SVG, do not sit on the lines they are drawn over.</summary>
public sealed class ChartSvgTests
{
    private sealed record Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Crosses(double x1, double y1, double x2, double y2)
        {
            // A segment crosses the box when any of 50 points along it lies inside (lines here are a few pixels wide at most).
            for (var i = 0; i <= 50; i++)
            {
                var (x, y) = (x1 + (x2 - x1) * i / 50, y1 + (y2 - y1) * i / 50);
                if (x >= Left && x <= Right && y >= Top && y <= Bottom) return true;
            }
            return false;
        }
    }

    private static XElement Svg(ReportChart chart) => XElement.Parse(ChartSvg.Draw(chart).Svg);

    private static double D(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);

    /// <summary>The box a text element's letters cover, by the chart's own width estimate (Liberation Sans), plus 2 px.</summary>
    private static Box BoxOf(XElement text)
    {
        var size = D(text, "font-size");
        var width = ChartSvg.TextWidth(text.Value, size, (string?)text.Attribute("font-weight") == "bold");
        var x = D(text, "x");
        var left = (string?)text.Attribute("text-anchor") switch { "end" => x - width, "middle" => x - width / 2, _ => x };
        var y = D(text, "y");
        return new Box(left - 2, y - size * 0.75 - 2, left + width + 2, y + size * 0.2 + 2);
    }

    private static IEnumerable<XElement> All(XElement svg, string name) => svg.Descendants().Where(e => e.Name.LocalName == name);

    [Fact]
    public void A_bar_ending_just_short_of_the_county_line_has_its_value_clear_of_the_line()
    {
        // Committee report page 4: "69.84" printed over the Kent line at 70.3.
        var chart = new ReportChart("rank", "Crimes per 1,000 residents", ChartKind.Bar, "District", "Crimes per 1,000 residents",
            ["Thanet", "Dartford", "Gravesham", "Sevenoaks"], [new ChartSeries("Oct 24 - Sept 25", [78.4, 69.84, 62.1, 41.8], SeriesRole.Current)], 2,
            [new ReferenceLine("Kent 70.30", 70.3)], "Source", "Alt");
        var svg = Svg(chart);
        var county = All(svg, "line").Single(l => (string?)l.Attribute("stroke-dasharray") == "4 3");
        var label = BoxOf(All(svg, "text").Single(t => t.Value == "69.84"));

        Assert.False(label.Crosses(D(county, "x1"), D(county, "y1"), D(county, "x2"), D(county, "y2")),
            $"the label 69.84 ({label}) lies over the Kent line at x = {D(county, "x1")}");
    }

    [Fact]
    public void A_control_limit_label_is_placed_where_no_data_line_runs()
    {
        // Assessment page 7: the baseline runs just above the upper control limit at the right, where its label was.
        var months = new[] { "Jan 25", "Feb 25", "Mar 25", "Apr 25", "May 25", "Jun 25", "Jul 25", "Aug 25", "Sept 25" };
        var chart = new ReportChart("trend", "Crimes per month", ChartKind.Line, "Month", "Crimes per month", months,
            [
                new ChartSeries("Jan-Sept 25", [668, 565, 660, 611, 612, 621, 662, 614, 560], SeriesRole.Current),
                new ChartSeries("Jan-Sept 22", [766, 760, 930, 770, 840, 810, 830, 815, 785], SeriesRole.Baseline),
            ],
            null, [new ReferenceLine("Upper control limit 696", 696), new ReferenceLine("Monthly average 622", 622)], "Source", "Alt");
        var svg = Svg(chart);
        var paths = All(svg, "path").Select(p => ((string)p.Attribute("d")!).Split([' ', 'M', 'L'], StringSplitOptions.RemoveEmptyEntries)
            .Select(xy => xy.Split(',')).Select(xy => (X: double.Parse(xy[0], CultureInfo.InvariantCulture), Y: double.Parse(xy[1], CultureInfo.InvariantCulture))).ToList()).ToList();
        Assert.Equal(2, paths.Count);
        foreach (var name in new[] { "Upper control limit 696", "Monthly average 622" })
        {
            var label = BoxOf(All(svg, "text").Single(t => t.Value == name));
            foreach (var path in paths)
            {
                for (var i = 1; i < path.Count; i++)
                {
                    Assert.False(label.Crosses(path[i - 1].X, path[i - 1].Y, path[i].X, path[i].Y), $"'{name}' ({label}) lies over a data line between {path[i - 1]} and {path[i]}");
                }
            }
        }
    }
}
