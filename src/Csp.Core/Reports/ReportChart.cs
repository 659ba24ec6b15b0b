namespace Csp.Core.Reports;

/// <summary>
/// A chart: trend lines with the baseline, a bar chart of rates across the county's districts with the area highlighted,
/// a monthly pattern. Values are numbers; renderers draw them (SVG in HTML and PDF, an image in DOCX).
/// </summary>
/// <param name="Categories">The x-axis labels (months, periods) for line and column charts, or the bar labels (districts) for a bar chart.</param>
/// <param name="HighlightCategory">The index of the category to draw in the highlight colour (the area among its siblings), or null.</param>
/// <param name="ReferenceLines">Horizontal (or, for bars, vertical) lines such as the county rate or the control limits.</param>
/// <param name="Source">The source line printed under the chart: "Source: data.police.uk, Kent Police; ONS mid-2022 estimates".</param>
/// <param name="AltText">What the chart shows, in one or two sentences, for screen readers and the DOCX alternative text.</param>
public sealed record ReportChart(
    string Id,
    string Title,
    ChartKind Kind,
    string XAxisTitle,
    string YAxisTitle,
    IReadOnlyList<string> Categories,
    IReadOnlyList<ChartSeries> Series,
    int? HighlightCategory,
    IReadOnlyList<ReferenceLine> ReferenceLines,
    string Source,
    string AltText);

public enum ChartKind
{
    /// <summary>Lines over the categories (months or periods).</summary>
    Line,
    /// <summary>Vertical bars over the categories.</summary>
    Column,
    /// <summary>Horizontal bars, one per category, sorted as given (a rank chart).</summary>
    Bar,
}

/// <summary>A series of values, one per category (null = no data for that category, drawn as a gap).</summary>
/// <param name="Role">How it is drawn: the current period strong, the baseline muted/dashed, a comparison (county) thin.</param>
/// <param name="Labels">What each value is called where that is not its category: the baseline's own months under the current period's (null = the categories).</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, SeriesRole Role, IReadOnlyList<string>? Labels = null)
{
    /// <summary>The label of value <paramref name="index"/>: its own, else the category's.</summary>
    public string LabelOf(int index, IReadOnlyList<string> categories) =>
        Labels is { } labels && index < labels.Count ? labels[index] : categories[index];
}

public enum SeriesRole
{
    Current,
    Baseline,
    Comparison,
}

/// <param name="Label">"Kent average 62.1", "Upper control limit".</param>
public sealed record ReferenceLine(string Label, double Value);
