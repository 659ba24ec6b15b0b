using Csp.Core.Reports;

namespace Csp.Reporting.Figures;

/// <summary>A chart or map drawn as SVG, with the size it is drawn at (CSS pixels).</summary>
internal sealed record FigureSvg(string Markup, int Width, int Height)
{
    public static FigureSvg Of(FigureBlock figure)
    {
        var (svg, width, height) = figure switch
        {
            ChartBlock chart => ChartSvg.Draw(chart.Chart),
            MapBlock map => MapSvg.Draw(map.Map),
            _ => throw new ArgumentException($"No drawing for figure type {figure.GetType().Name}.", nameof(figure)),
        };
        return new FigureSvg(svg, width, height);
    }
}
